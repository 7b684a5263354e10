package dev.descent.optimization.multistart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import dev.descent.optimization.Point;
import dev.descent.optimization.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merging rule of minima.
 */
class MinimaTests {

	@Test
	void ofWhenEndPointsWithinToleranceShouldCountOneMinimumAtItsBestPoint() {
		List<StartOutcome> outcomes = List.of(converged(0, 1.0, 0.5), converged(1, 1.0005, 0.25),
				converged(2, 0.9995, 0.75));
		assertThat(Minima.of(outcomes, 1e-3)).containsExactly(new Minimum(Point.of(1.0005), 0.25, 1, 3));
	}

	@Test
	void ofWhenEndPointsFartherThanToleranceShouldKeepThemApartBestFirst() {
		List<StartOutcome> outcomes = List.of(converged(0, 1.0, 0.5), converged(1, 2.0, 0.25), converged(2, 1.0, 0.5));
		assertThat(Minima.of(outcomes, 0.1)).containsExactly(new Minimum(Point.of(2.0), 0.25, 1, 1),
				new Minimum(Point.of(1.0), 0.5, 0, 2));
	}

	@Test
	void ofWhenValuesTieShouldPutTheLowerStartIndexFirst() {
		List<StartOutcome> outcomes = List.of(converged(4, 3.0, -1.0), converged(2, -3.0, -1.0));
		assertThat(Minima.of(outcomes, 0.1)).extracting(Minimum::start).containsExactly(2, 4);
	}

	@Test
	void ofWhenCandidateNearTwoMinimaShouldJoinTheNearest() {
		List<StartOutcome> outcomes = List.of(converged(0, 0.0, 1.0), converged(1, 1.0, 1.0), converged(2, 0.7, 2.0));
		assertThat(Minima.of(outcomes, 0.75)).containsExactly(new Minimum(Point.of(0.0), 1.0, 0, 1),
				new Minimum(Point.of(1.0), 1.0, 1, 2));
	}

	@Test
	void ofWhenStartsDidNotConvergeShouldLeaveThemOut() {
		List<StartOutcome> outcomes = List.of(
				new StartOutcome(0, Point.of(0.0), Point.of(1.0), 0.5, Status.MAX_STEPS, 10, 10, 10),
				new StartOutcome(1, Point.of(0.0), Point.of(1.0), 0.5, Status.STALLED, 10, 10, 10),
				new StartOutcome(2, Point.of(0.0), Point.of(1.0), 0.5, Status.DEADLINE, 10, 10, 10),
				StartOutcome.notBegun(3, Point.of(0.0), Status.DEADLINE), converged(4, 3.0, 1.0));
		assertThat(Minima.of(outcomes, 0.1)).containsExactly(new Minimum(Point.of(3.0), 1.0, 4, 1));
	}

	@Test
	void mergeWhenWellSeparatedShouldNotDependOnGroupingOrOrder() {
		List<Minimum> a = List.of(new Minimum(Point.of(0.0), 1.0, 0, 2), new Minimum(Point.of(5.0), 0.0, 1, 1));
		List<Minimum> b = List.of(new Minimum(Point.of(5.001), -1e-9, 7, 3));
		List<Minimum> c = List.of(new Minimum(Point.of(0.0005), 1.0, 9, 1), new Minimum(Point.of(9.0), 2.0, 12, 1));
		List<Minimum> expected = List.of(new Minimum(Point.of(5.001), -1e-9, 7, 4),
				new Minimum(Point.of(0.0), 1.0, 0, 3), new Minimum(Point.of(9.0), 2.0, 12, 1));
		assertThat(Minima.merge(List.of(a, b, c), 0.01)).isEqualTo(expected);
		assertThat(Minima.merge(List.of(Minima.merge(List.of(a, b), 0.01), c), 0.01)).isEqualTo(expected);
		assertThat(Minima.merge(List.of(a, Minima.merge(List.of(b, c), 0.01)), 0.01)).isEqualTo(expected);
		assertThat(Minima.merge(List.of(c, b, a), 0.01)).isEqualTo(expected);
	}

	@Test
	void ofWhenManyCandidatesOnALatticeShouldMatchComparingEveryPair() {
		SplittableRandom random = new SplittableRandom(17);
		List<StartOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			double[] point = new double[3];
			for (int d = 0; d < point.length; d++) {
				point[d] = random.nextInt(-4, 5) * 0.995 + random.nextDouble(-1e-3, 1e-3);
			}
			double value = Math.floor(random.nextDouble() * 8);
			outcomes
				.add(new StartOutcome(i, Point.of(0.0, 0.0, 0.0), Point.of(point), value, Status.CONVERGED, 1, 1, 1));
		}
		for (double tolerance : new double[] { 1e-4, 1e-3, 2.5e-3, 0.5, 2.0 }) {
			assertThat(Minima.of(outcomes, tolerance)).as("tolerance %s", tolerance)
				.isEqualTo(everyPair(outcomes, tolerance));
		}
	}

	/** The rule as stated, comparing each candidate with every minimum so far. */
	private static List<Minimum> everyPair(List<StartOutcome> outcomes, double tolerance) {
		List<Minimum> minima = new ArrayList<>();
		for (StartOutcome outcome : outcomes) {
			Minimum candidate = new Minimum(outcome.point(), outcome.value(), outcome.index(), 1);
			int nearest = -1;
			for (int i = 0; i < minima.size(); i++) {
				double distance = minima.get(i).point().distanceTo(candidate.point());
				if (distance <= tolerance
						&& (nearest < 0 || distance < minima.get(nearest).point().distanceTo(candidate.point()))) {
					nearest = i;
				}
			}
			if (nearest < 0) {
				minima.add(candidate);
			}
			else {
				minima.set(nearest, minima.get(nearest).absorb(candidate));
			}
		}
		return minima.stream()
			.sorted(Comparator.comparingDouble(Minimum::value).thenComparingInt(Minimum::start))
			.toList();
	}

	private static StartOutcome converged(int index, double x, double value) {
		return new StartOutcome(index, Point.of(0.0), Point.of(x), value, Status.CONVERGED, 10, 20, 10);
	}

}
