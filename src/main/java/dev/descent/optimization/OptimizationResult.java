package dev.descent.optimization;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one local minimization.
 *
 * @param status how the run ended
 * @param criterion the criterion that held, for {@link Status#CONVERGED} and
 * {@link Status#STALLED}; otherwise {@code null}
 * @param point the last iterate
 * @param value its value, possibly not finite
 * @param gradient the gradient there
 * @param gradientNorm its norm (projected onto the bounds if there are any)
 * @param steps the number of updates made
 * @param evaluations function evaluations, those in difference quotients and line
 * searches included
 * @param gradientEvaluations gradients computed
 * @param best the iterate of lowest finite value, if it is not the last one; otherwise
 * {@code null}
 * @param trajectory the recorded iterates, empty unless asked for
 * @param elapsed the time taken
 */
public record OptimizationResult(Status status, Criterion criterion, Point point, double value, Point gradient,
		double gradientNorm, int steps, long evaluations, long gradientEvaluations, TrajectoryPoint best,
		List<TrajectoryPoint> trajectory, Duration elapsed) {

	public OptimizationResult {
		trajectory = List.copyOf(trajectory);
	}

	/**
	 * The lowest finite point of the run: the best iterate if one was recorded, otherwise
	 * the last.
	 * @return the best point
	 */
	public Point bestPoint() {
		return (this.best != null) ? this.best.point() : this.point;
	}

	/**
	 * The value of {@link #bestPoint()}.
	 * @return the best value
	 */
	public double bestValue() {
		return (this.best != null) ? this.best.value() : this.value;
	}

}
