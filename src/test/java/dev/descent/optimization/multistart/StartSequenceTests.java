package dev.descent.optimization.multistart;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import dev.descent.optimization.Bounds;
import dev.descent.optimization.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The start points: inside their box, spread as each scheme promises, and the same for a
 * slice as for the whole run.
 */
class StartSequenceTests {

	private static final Bounds BOX = Bounds.of(new double[] { -5.0, 0.0, 3.0, -1e300 },
			new double[] { 5.0, 1e-9, 3.0, 1e300 });

	@ParameterizedTest
	@EnumSource(Sampling.class)
	void getWhenAnySchemeShouldKeepEveryStartInsideItsBounds(Sampling sampling) {
		List<Point> points = StartSequence.of(BOX, sampling, 11, List.of(), 500).get(0, 500);
		assertThat(points).hasSize(500).allSatisfy((point) -> assertThat(BOX.contains(point.toArray())).isTrue());
		assertThat(points).extracting((point) -> point.get(2)).containsOnly(3.0);
		assertThat(new HashSet<>(points)).hasSize(500);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 7, 64, 100, 1000 })
	void getWhenLatinHypercubeShouldPutOneStartInEachStratumOfEachAxis(int starts) {
		Bounds box = Bounds.of(new double[] { -5.12, 0.0, -3.0 }, new double[] { 5.12, 1.0, 7.0 });
		List<Point> points = StartSequence.of(box, Sampling.LATIN_HYPERCUBE, 5, List.of(), starts).get(0, starts);
		for (int d = 0; d < box.dimension(); d++) {
			int axis = d;
			Set<Integer> strata = new HashSet<>();
			for (Point point : points) {
				double fraction = (point.get(axis) - box.lower(axis)) / (box.upper(axis) - box.lower(axis));
				strata.add((int) Math.floor(fraction * starts));
			}
			assertThat(strata).as("strata of axis %d", d).hasSize(starts).allMatch((s) -> s >= 0 && s < starts);
		}
	}

	@Test
	void getWhenSobolShouldPutOneStartInEachCellOfAGrid() {
		Bounds box = Bounds.of(new double[] { 0.0, 0.0 }, new double[] { 8.0, 8.0 });
		List<Point> points = StartSequence.of(box, Sampling.SOBOL, 99, List.of(), 64).get(0, 64);
		Set<Integer> cells = new HashSet<>();
		for (Point point : points) {
			cells.add((int) point.get(0) * 8 + (int) point.get(1));
		}
		assertThat(cells).hasSize(64);
	}

	static Stream<Arguments> slices() {
		return Stream.of(Sampling.values())
			.flatMap((sampling) -> Stream.of(Arguments.of(sampling, 0, 10), Arguments.of(sampling, 37, 1),
					Arguments.of(sampling, 50, 150)));
	}

	@ParameterizedTest(name = "{0} from {1}, {2} starts")
	@MethodSource("slices")
	void getWhenSliceShouldMatchTheWholeSequence(Sampling sampling, int first, int count) {
		List<Point> given = List.of(Point.of(1.0, 1.0));
		Bounds box = Bounds.of(new double[] { -2.0, -2.0 }, new double[] { 2.0, 2.0 });
		StartSequence sequence = StartSequence.of(box, sampling, 3, given, 200);
		List<Point> whole = sequence.get(0, 200);
		assertThat(sequence.get(first, count)).containsExactlyElementsOf(whole.subList(first, first + count));
		assertThat(sequence.get(first + count - 1)).isEqualTo(whole.get(first + count - 1));
	}

	@ParameterizedTest
	@EnumSource(Sampling.class)
	void getWhenSameSeedShouldRepeatAndOtherSeedShouldDiffer(Sampling sampling) {
		List<Point> first = StartSequence.of(BOX, sampling, 42, List.of(), 20).get(0, 20);
		List<Point> again = StartSequence.of(BOX, sampling, 42, List.of(), 20).get(0, 20);
		List<Point> other = StartSequence.of(BOX, sampling, 43, List.of(), 20).get(0, 20);
		assertThat(again).isEqualTo(first);
		assertThat(other).doesNotContainAnyElementsOf(first);
	}

	@Test
	void getWhenStartPointsGivenShouldRunThemFirstAndShiftTheSampledOnes() {
		Bounds box = Bounds.of(new double[] { -1.0 }, new double[] { 1.0 });
		List<Point> given = List.of(Point.of(0.5), Point.of(-0.25));
		List<Point> sampled = StartSequence.of(box, Sampling.UNIFORM, 8, List.of(), 10).get(0, 5);
		List<Point> points = StartSequence.of(box, Sampling.UNIFORM, 8, given, 10).get(0, 7);
		assertThat(points.subList(0, 2)).isEqualTo(given);
		assertThat(points.subList(2, 7)).isEqualTo(sampled);
	}

	@Test
	void getWhenLatinHypercubeBeyondTotalStartsShouldFail() {
		StartSequence sequence = StartSequence.of(BOX, Sampling.LATIN_HYPERCUBE, 1, List.of(), 10);
		assertThatIllegalArgumentException().isThrownBy(() -> sequence.get(10))
			.withMessageContaining("beyond the 10 starts");
	}

	@Test
	void ofWhenStartPointOutsideBoxShouldFail() {
		Bounds box = Bounds.of(new double[] { -1.0 }, new double[] { 1.0 });
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartSequence.of(box, Sampling.SOBOL, 1, List.of(Point.of(2.0)), 10))
			.withMessageContaining("must lie in the box");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 16, 17, 1000, 4097 })
	void permutationWhenAnySizeShouldBeABijection(long size) {
		Permutation permutation = new Permutation(size, 12345);
		long[] images = LongStream.range(0, size).map(permutation::apply).sorted().toArray();
		assertThat(images).isEqualTo(LongStream.range(0, size).toArray());
	}

	@Test
	void permutationWhenSeedsDifferShouldShuffleDifferently() {
		long[] first = LongStream.range(0, 100).map(new Permutation(100, 1)::apply).toArray();
		long[] second = LongStream.range(0, 100).map(new Permutation(100, 2)::apply).toArray();
		assertThat(Arrays.equals(first, second)).isFalse();
		assertThat(first).isNotEqualTo(LongStream.range(0, 100).toArray());
	}

}
