package dev.descent.optimization.multistart;

import java.util.Collection;

import dev.descent.optimization.Status;

/**
 * How many starts ended with each status.
 *
 * @param converged starts that converged
 * @param maxSteps starts that ran out of steps
 * @param diverged starts that diverged
 * @param nonFinite starts whose value or gradient stopped being finite
 * @param stalled starts that stopped moving away from a minimum
 * @param deadline starts that the deadline stopped or that never began before it
 * @param cancelled starts stopped from outside
 */
public record OutcomeCounts(int converged, int maxSteps, int diverged, int nonFinite, int stalled, int deadline,
		int cancelled) {

	/** No starts. */
	public static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0, 0, 0, 0);

	/**
	 * Counts outcomes.
	 * @param outcomes the outcomes
	 * @return the counts
	 */
	public static OutcomeCounts of(Collection<StartOutcome> outcomes) {
		int[] counts = new int[Status.values().length];
		for (StartOutcome outcome : outcomes) {
			counts[outcome.status().ordinal()]++;
		}
		return new OutcomeCounts(counts[Status.CONVERGED.ordinal()], counts[Status.MAX_STEPS.ordinal()],
				counts[Status.DIVERGED.ordinal()], counts[Status.NON_FINITE.ordinal()],
				counts[Status.STALLED.ordinal()], counts[Status.DEADLINE.ordinal()],
				counts[Status.CANCELLED.ordinal()]);
	}

	/**
	 * Adds two counts.
	 * @param other the other counts
	 * @return the sums
	 */
	public OutcomeCounts plus(OutcomeCounts other) {
		return new OutcomeCounts(this.converged + other.converged, this.maxSteps + other.maxSteps,
				this.diverged + other.diverged, this.nonFinite + other.nonFinite, this.stalled + other.stalled,
				this.deadline + other.deadline, this.cancelled + other.cancelled);
	}

	/**
	 * The number of starts counted.
	 * @return the total
	 */
	public int total() {
		return this.converged + this.maxSteps + this.diverged + this.nonFinite + this.stalled + this.deadline
				+ this.cancelled;
	}

}
