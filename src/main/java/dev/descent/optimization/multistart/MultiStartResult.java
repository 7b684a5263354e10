package dev.descent.optimization.multistart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a multi-start run, or of one slice of it.
 *
 * @param seed the seed the starts derive from
 * @param firstStart the index of the first start
 * @param starts the number of starts
 * @param minimaTolerance the distance within which converged starts were merged
 * @param best the best start: the lowest finite value of a start that neither diverged
 * nor left the function's domain, ties going to the lower index; {@code null} if there is
 * none
 * @param minima the distinct minima the converged starts reached, best first (see
 * {@link Minima})
 * @param counts the starts by status
 * @param evaluations the function evaluations of all starts
 * @param gradientEvaluations the gradients of all starts
 * @param outcomes every start's outcome, in index order
 * @param elapsed the wall-clock time taken
 */
public record MultiStartResult(long seed, int firstStart, int starts, double minimaTolerance, StartOutcome best,
		List<Minimum> minima, OutcomeCounts counts, long evaluations, long gradientEvaluations,
		List<StartOutcome> outcomes, Duration elapsed) {

	public MultiStartResult {
		minima = List.copyOf(minima);
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * Summarizes the outcomes of a run.
	 * @param problem the run
	 * @param outcomes the outcomes of its starts, in index order
	 * @param minima their minima, as {@link Minima#of} finds them
	 * @param elapsed the time taken
	 * @return the result
	 */
	static MultiStartResult of(MultiStartProblem problem, List<StartOutcome> outcomes, List<Minimum> minima,
			Duration elapsed) {
		return summarize(problem.seed(), problem.firstStart(), problem.minimaTolerance(), outcomes, minima, elapsed);
	}

	/**
	 * Merges the results of slices of one run into the result of the run. The best start,
	 * the counts and the evaluations combine exactly; the minima are those of all the
	 * outcomes merged in index order, so they are exactly the whole run's, whether or not
	 * the minima are well separated. The elapsed time is the longest slice's, as when the
	 * slices ran side by side.
	 * @param slices results of the same run (seed and tolerance), with disjoint starts
	 * @return the merged result
	 */
	public static MultiStartResult merge(List<MultiStartResult> slices) {
		if (slices.isEmpty()) {
			throw new IllegalArgumentException("'slices' must not be empty");
		}
		List<MultiStartResult> ordered = slices.stream()
			.sorted(Comparator.comparingInt(MultiStartResult::firstStart))
			.toList();
		MultiStartResult first = ordered.get(0);
		List<StartOutcome> outcomes = new ArrayList<>();
		Duration elapsed = Duration.ZERO;
		int end = first.firstStart();
		for (MultiStartResult slice : ordered) {
			boolean sameRun = slice.seed() == first.seed()
					&& Double.compare(slice.minimaTolerance(), first.minimaTolerance()) == 0;
			if (!sameRun) {
				throw new IllegalArgumentException("slices must share their seed and minima tolerance");
			}
			if (slice.firstStart() < end) {
				throw new IllegalArgumentException("slices must not overlap");
			}
			end = slice.firstStart() + slice.starts();
			outcomes.addAll(slice.outcomes());
			elapsed = (slice.elapsed().compareTo(elapsed) > 0) ? slice.elapsed() : elapsed;
		}
		return summarize(first.seed(), first.firstStart(), first.minimaTolerance(), outcomes,
				Minima.of(outcomes, first.minimaTolerance()), elapsed);
	}

	private static MultiStartResult summarize(long seed, int firstStart, double tolerance, List<StartOutcome> outcomes,
			List<Minimum> minima, Duration elapsed) {
		StartOutcome best = null;
		long evaluations = 0;
		long gradientEvaluations = 0;
		for (StartOutcome outcome : outcomes) {
			if (outcome.candidate() && (best == null || outcome.isBetterThan(best))) {
				best = outcome;
			}
			evaluations += outcome.evaluations();
			gradientEvaluations += outcome.gradientEvaluations();
		}
		return new MultiStartResult(seed, firstStart, outcomes.size(), tolerance, best, minima,
				OutcomeCounts.of(outcomes), evaluations, gradientEvaluations, outcomes, elapsed);
	}

}
