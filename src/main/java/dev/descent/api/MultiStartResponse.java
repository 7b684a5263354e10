package dev.descent.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.descent.optimization.Status;
import dev.descent.optimization.multistart.Minimum;
import dev.descent.optimization.multistart.MultiStartResult;
import dev.descent.optimization.multistart.OutcomeCounts;
import dev.descent.optimization.multistart.Sampling;
import dev.descent.optimization.multistart.StartOutcome;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome of a multi-start minimization. Numbers that are not finite are written as
 * {@code null}; fields without a value are left out.
 */
@Schema(description = "The outcome of a multi-start minimization.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MultiStartResponse(
		@Schema(description = "The start that reached the lowest finite value, ties going to the lower index; "
				+ "never one that diverged or left the domain. Absent when no start qualifies.") StartSummary best,
		@Schema(description = "The distinct minima reached by converged starts, merged within "
				+ "'minimaTolerance', best first (lower value, then lower start index).") List<MinimumSummary> minima,
		@Schema(description = "The starts by how they ended.") Counts counts,
		@Schema(description = "The index of the first start run.") int firstStart,
		@Schema(description = "The number of starts run.") int starts,
		@Schema(description = "The number of starts of the whole run, as used for the strata of "
				+ "LATIN_HYPERCUBE.") int totalStarts,
		@Schema(description = "The seed used: the client's, or a generated one to repeat the run with.") long seed,
		@Schema(description = "How starts were sampled.") Sampling sampling,
		@Schema(description = "The merging distance used for minima.") Double minimaTolerance,
		@Schema(description = "Function evaluations of all starts, including those of difference quotients "
				+ "and line searches.") long evaluations,
		@Schema(description = "Gradients computed by all starts.") long gradientEvaluations,
		@Schema(description = "Wall-clock time of the run.") double elapsedMillis,
		@Schema(description = "Things the client should know, such as non-differentiable operations or "
				+ "starts the deadline stopped.") List<String> warnings,
		@Schema(description = "Each start, by index, if 'includeStarts'.") List<StartSummary> startResults) {

	static MultiStartResponse of(List<String> variables, MultiStartResult result, int totalStarts, Sampling sampling,
			List<String> warnings, boolean includeStarts) {
		StartSummary best = (result.best() != null) ? StartSummary.of(variables, result.best()) : null;
		List<MinimumSummary> minima = result.minima().stream().map((m) -> MinimumSummary.of(variables, m)).toList();
		List<StartSummary> starts = includeStarts
				? result.outcomes().stream().map((outcome) -> StartSummary.of(variables, outcome)).toList() : null;
		double elapsedMillis = result.elapsed().toNanos() / 1e6;
		return new MultiStartResponse(best, minima, Counts.of(result.counts()), result.firstStart(), result.starts(),
				totalStarts, result.seed(), sampling, JsonNumbers.finite(result.minimaTolerance()),
				result.evaluations(), result.gradientEvaluations(), elapsedMillis, warnings, starts);
	}

	/**
	 * One start.
	 *
	 * @param index its index
	 * @param startPoint where it started
	 * @param point the lowest point it reached
	 * @param value the value there
	 * @param status how it ended
	 * @param steps updates made
	 * @param evaluations function evaluations used
	 */
	@Schema(description = "One start and where its descent led.")
	public record StartSummary(@Schema(description = "The start's index in the run.") int index,
			@Schema(description = "Where it started.") Map<String, Double> startPoint,
			@Schema(description = "The lowest point reached; null if never begun.") Map<String, Double> point,
			@Schema(description = "The value there; null if not finite or never begun.") Double value,
			@Schema(description = "How it ended; DEADLINE or CANCELLED with 0 steps if it never began.") Status status,
			@Schema(description = "Updates made.") int steps,
			@Schema(description = "Function evaluations used.") long evaluations) {

		static StartSummary of(List<String> variables, StartOutcome outcome) {
			return new StartSummary(outcome.index(), JsonNumbers.named(variables, outcome.start()),
					(outcome.point() != null) ? JsonNumbers.named(variables, outcome.point()) : null,
					JsonNumbers.finite(outcome.value()), outcome.status(), outcome.steps(), outcome.evaluations());
		}

	}

	/**
	 * One distinct minimum.
	 *
	 * @param point its best point
	 * @param value the value there
	 * @param start the start that reached that point
	 * @param count how many converged starts reached this minimum
	 */
	@Schema(description = "A distinct minimum and how many starts reached it.")
	public record MinimumSummary(
			@Schema(description = "The lowest point of the starts merged into it.") Map<String, Double> point,
			@Schema(description = "The value there.") Double value,
			@Schema(description = "The index of the start that reached that point.") int start,
			@Schema(description = "How many converged starts were merged into it.") int count) {

		static MinimumSummary of(List<String> variables, Minimum minimum) {
			return new MinimumSummary(JsonNumbers.named(variables, minimum.point()),
					JsonNumbers.finite(minimum.value()), minimum.start(), minimum.count());
		}

	}

	/**
	 * The starts by status.
	 *
	 * @param converged starts that converged
	 * @param maxSteps starts that ran out of steps
	 * @param diverged starts that diverged
	 * @param nonFinite starts whose value or gradient stopped being finite
	 * @param stalled starts that stopped moving away from a minimum
	 * @param deadline starts stopped by the deadline, or never begun before it
	 * @param cancelled starts stopped from outside
	 */
	@Schema(description = "How many starts ended each way.")
	public record Counts(@Schema(description = "Converged: these feed 'minima'.") int converged,
			@Schema(description = "Ran out of steps.") int maxSteps,
			@Schema(description = "Diverged; never best.") int diverged,
			@Schema(description = "Value or gradient stopped being finite; never best.") int nonFinite,
			@Schema(description = "Stopped moving away from a minimum.") int stalled,
			@Schema(description = "Stopped by the deadline, or never begun before it.") int deadline,
			@Schema(description = "Stopped from outside.") int cancelled) {

		static Counts of(OutcomeCounts counts) {
			return new Counts(counts.converged(), counts.maxSteps(), counts.diverged(), counts.nonFinite(),
					counts.stalled(), counts.deadline(), counts.cancelled());
		}

	}

}
