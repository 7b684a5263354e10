package dev.descent.api;

import java.util.List;
import java.util.Map;

import dev.descent.optimization.Criterion;
import dev.descent.optimization.OptimizationResult;
import dev.descent.optimization.Status;
import dev.descent.optimization.TrajectoryPoint;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome of a minimization. Numbers that are not finite are written as {@code null};
 * the status says why.
 */
@Schema(description = "The outcome of a minimization.")
public record MinimizeResponse(@Schema(
		description = "CONVERGED, MAX_STEPS, DIVERGED, NON_FINITE, STALLED, DEADLINE or CANCELLED.") Status status,
		@Schema(description = "For CONVERGED and STALLED: GRADIENT_NORM, "
				+ "STEP_SIZE or VALUE_CHANGE.") @OmittedWhenNull Criterion criterion,
		@Schema(description = "The last iterate.") Map<String, Double> point,
		@Schema(description = "The value there; null if not finite.") Double value,
		@Schema(description = "The gradient there.") Map<String, Double> gradient,
		@Schema(description = "Its Euclidean norm (projected onto bounds, if any).") Double gradientNorm,
		@Schema(description = "Updates made.") int steps,
		@Schema(description = "Function evaluations, including those of "
				+ "difference quotients and line searches.") long evaluations,
		@Schema(description = "Gradients computed.") long gradientEvaluations,
		@Schema(description = "The iterate of lowest value, when it "
				+ "is not the last one.") @OmittedWhenNull TrajectoryStep best,
		@Schema(description = "Wall-clock time of the run.") double elapsedMillis,
		@Schema(description = "Things the client should know, such as "
				+ "non-differentiable operations.") List<String> warnings,
		@Schema(description = "The exact and the central-difference gradient at "
				+ "the last iterate, on request.") @OmittedWhenNull GradientCheckResponse gradientCheck,
		@Schema(description = "Every k-th iterate, on request.") @OmittedWhenNull List<TrajectoryStep> trajectory) {

	static MinimizeResponse of(List<String> variables, OptimizationResult result, List<String> warnings,
			GradientCheckResponse check, boolean withTrajectory) {
		List<TrajectoryStep> trajectory = withTrajectory
				? result.trajectory().stream().map((step) -> TrajectoryStep.of(variables, step)).toList() : null;
		TrajectoryStep best = (result.best() != null) ? TrajectoryStep.of(variables, result.best()) : null;
		return new MinimizeResponse(result.status(), result.criterion(), JsonNumbers.named(variables, result.point()),
				JsonNumbers.finite(result.value()), JsonNumbers.named(variables, result.gradient()),
				JsonNumbers.finite(result.gradientNorm()), result.steps(), result.evaluations(),
				result.gradientEvaluations(), best, result.elapsed().toNanos() / 1e6, warnings, check, trajectory);
	}

	/**
	 * One recorded iterate.
	 *
	 * @param step updates made to reach it
	 * @param point the iterate
	 * @param value its value
	 * @param gradientNorm its gradient norm
	 */
	@Schema(description = "One iterate.")
	public record TrajectoryStep(int step, Map<String, Double> point, Double value, Double gradientNorm) {

		static TrajectoryStep of(List<String> variables, TrajectoryPoint point) {
			return new TrajectoryStep(point.step(), JsonNumbers.named(variables, point.point()),
					JsonNumbers.finite(point.value()), JsonNumbers.finite(point.gradientNorm()));
		}

	}

}
