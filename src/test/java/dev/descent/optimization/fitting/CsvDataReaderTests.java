package dev.descent.optimization.fitting;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CSV subset: what is read, and an error naming row, line and column for everything
 * else.
 */
class CsvDataReaderTests {

	@Test
	void readWhenSubsetWithSpacesCrLfBlankLinesAndByteOrderMarkShouldReadEveryRow() throws IOException {
		String csv = "\uFEFF x , y\r\n1, 3\r\n\r\n 2 ,5.5\r\n-3e-1,+7\r\n\r\n";
		FitData data = CsvDataReader.read(new StringReader(csv), "y");
		assertThat(data.inputs()).containsExactly("x");
		assertThat(data.rows()).isEqualTo(3);
		assertThat(new double[] { data.input(0, 0), data.input(0, 1), data.input(0, 2) }).containsExactly(1, 2, -0.3);
		assertThat(new double[] { data.target(0), data.target(1), data.target(2) }).containsExactly(3, 5.5, 7);
	}

	@Test
	void readWhenRowsOutgrowTheFirstBufferShouldKeepThemAll() throws IOException {
		StringBuilder csv = new StringBuilder("x,y\n");
		for (int i = 0; i < 5000; i++) {
			csv.append(i).append(',').append(2 * i).append('\n');
		}
		FitData data = CsvDataReader.read(new StringReader(csv.toString()), "y");
		assertThat(data.rows()).isEqualTo(5000);
		assertThat(data.input(0, 4999)).isEqualTo(4999.0);
		assertThat(data.target(4999)).isEqualTo(9998.0);
	}

	static Stream<Arguments> invalid() {
		return Stream.of(Arguments.of("", null, 0L, "the CSV text is empty: it needs a header line of column names"),
				Arguments.of("x,y\n", "y", 0L, "the data have no rows"),
				Arguments.of("x,,y\n1,2,3\n", null, 0L,
						"column 2 of the header (line 1) has no name; the header names the columns, "
								+ "separated by commas"),
				Arguments.of("x,y,x\n1,2,3\n", "x", 0L, "the header (line 1) names 'x' twice"),
				Arguments.of("x,y\n1,2\n3\n", null, 2L, "row 2 (line 3) has 1 cells, but the header names 2 columns"),
				Arguments.of("x,y\n1,2,3\n", null, 1L, "row 1 (line 2) has 3 cells, but the header names 2 columns"),
				Arguments.of("x,y\n1,2\n\n4,\n", "y", 2L, "row 2 (line 4), column 'y' is empty"),
				Arguments.of("x,y\n1,2\nabc,4\n", "x", 2L, "row 2 (line 3), column 'x': 'abc' is not a number"),
				Arguments.of("x,y\n\"1\",2\n", "x", 1L, "row 1 (line 2), column 'x': '\"1\"' is not a number"),
				Arguments.of("x,y\n1,NaN\n", "y", 1L, "row 1 (line 2), column 'y': 'NaN' is not a number"),
				Arguments.of("x,y\n1,1-2\n", "y", 1L, "row 1 (line 2), column 'y': '1-2' is not a number"),
				Arguments.of("x,y\n1e999,2\n", "x", 1L, "row 1 (line 2), column 'x': '1e999' is not a finite number"),
				Arguments.of("x,z\n1,2\n", "y", 0L, "the data have no target column 'y'; the columns are [x, z]"));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("invalid")
	void readWhenTextIsNotUsableShouldNameRowLineAndColumn(String csv, String column, long row, String message) {
		assertThatExceptionOfType(InvalidDataException.class)
			.isThrownBy(() -> CsvDataReader.read(new StringReader(csv), "y"))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.getColumn()).isEqualTo(column))
			.satisfies((ex) -> assertThat(ex.getRow()).isEqualTo(row));
	}

}
