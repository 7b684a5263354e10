package dev.descent.optimization.multistart;

import dev.descent.optimization.Point;
import dev.descent.optimization.Status;

/**
 * What became of one start.
 *
 * @param index the start's index in the run
 * @param start where it started
 * @param point the lowest point its descent reached (not necessarily the last iterate,
 * for a run that diverged); {@code null} for a start that never began
 * @param value the value there; NaN for a start that never began or whose start value is
 * not finite
 * @param status how its descent ended; {@link Status#DEADLINE} or
 * {@link Status#CANCELLED} with no steps for a start that never began
 * @param steps the updates its descent made
 * @param evaluations the function evaluations it used
 * @param gradientEvaluations the gradients it computed
 */
public record StartOutcome(int index, Point start, Point point, double value, Status status, int steps,
		long evaluations, long gradientEvaluations) {

	/**
	 * An outcome for a start that never began.
	 * @param index the start's index
	 * @param start its point
	 * @param status why it never began
	 * @return the outcome
	 */
	static StartOutcome notBegun(int index, Point start, Status status) {
		return new StartOutcome(index, start, null, Double.NaN, status, 0, 0, 0);
	}

	/**
	 * Whether this start may be the best of the run: it ended at a finite value and did
	 * not diverge or leave the function's domain.
	 * @return {@code true} if it is a candidate
	 */
	public boolean candidate() {
		return this.point != null && Double.isFinite(this.value) && this.status != Status.DIVERGED
				&& this.status != Status.NON_FINITE;
	}

	/**
	 * Whether this outcome is better than another: lower value, then lower index.
	 * @param other the other outcome
	 * @return {@code true} if this one comes first
	 */
	boolean isBetterThan(StartOutcome other) {
		int byValue = Double.compare(this.value, other.value);
		return (byValue != 0) ? byValue < 0 : this.index < other.index;
	}

}
