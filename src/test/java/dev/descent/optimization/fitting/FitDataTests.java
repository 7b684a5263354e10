package dev.descent.optimization.fitting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Data sets from columns: what is kept, and every way the columns can be unusable.
 */
class FitDataTests {

	@Test
	void ofWhenColumnsAreUsableShouldSplitInputsFromTargetAndCopyThem() {
		double[] x = { 1, 2, 3 };
		Map<String, double[]> columns = new LinkedHashMap<>();
		columns.put("y", new double[] { 3, 5, 7 });
		columns.put("x", x);
		columns.put("z", new double[] { 0, 0, 1 });
		FitData data = FitData.of(columns, "y");
		x[0] = 99;
		assertThat(data.inputs()).containsExactly("x", "z");
		assertThat(data.target()).isEqualTo("y");
		assertThat(data.rows()).isEqualTo(3);
		assertThat(data.input(0, 0)).isEqualTo(1.0);
		assertThat(data.input(1, 2)).isEqualTo(1.0);
		assertThat(data.target(1)).isEqualTo(5.0);
	}

	static Stream<Arguments> unusable() {
		return Stream.of(
				Arguments.of(columns("x", new double[] { 1 }), "y", "y", 0L,
						"the data have no target column 'y'; the columns are [x]"),
				Arguments.of(columns("x", new double[0], "y", new double[0]), "y", "y", 0L, "the data have no rows"),
				Arguments.of(columns("x", new double[] { 1, 2 }, "y", new double[] { 1, 2, 3 }), "y", "x", 0L,
						"column 'x' has 2 rows, but the target column 'y' has 3"),
				Arguments.of(columns("x", new double[] { 1, Double.NaN }, "y", new double[] { 1, 2 }), "y", "x", 2L,
						"row 2 of column 'x' is NaN, not a finite number"),
				Arguments.of(columns("x", new double[] { 1, 2 }, "y", new double[] { Double.POSITIVE_INFINITY, 2 }),
						"y", "y", 1L, "row 1 of column 'y' is Infinity, not a finite number"));
	}

	@ParameterizedTest(name = "{4}")
	@MethodSource("unusable")
	void ofWhenColumnsUnusableShouldNameColumnAndRow(Map<String, double[]> columns, String target, String column,
			long row, String message) {
		assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> FitData.of(columns, target))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.getColumn()).isEqualTo(column))
			.satisfies((ex) -> assertThat(ex.getRow()).isEqualTo(row));
	}

	@Test
	void fitProblemWhenCrossEntropyTargetIsNoProbabilityShouldNameTheRow() {
		FitData data = Fits.columns("x", new double[] { 1, 2, 3 }, "y", new double[] { 0, 1, 2 });
		assertThatExceptionOfType(InvalidDataException.class)
			.isThrownBy(() -> Fits.of("w*x", List.of("w"), data, 0.0).loss(Loss.BCE).problem())
			.withMessage("row 3 of the target column 'y' is 2.0, but BCE needs targets between 0 and 1")
			.satisfies((ex) -> assertThat(ex.getRow()).isEqualTo(3));
	}

	private static Map<String, double[]> columns(Object... namesAndValues) {
		Map<String, double[]> columns = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			columns.put((String) namesAndValues[i], (double[]) namesAndValues[i + 1]);
		}
		return columns;
	}

}
