package dev.descent.plot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Axis ranges, and the range that covers a path.
 */
class RangeTests {

	@Test
	void coveringWhenValuesSpreadShouldWidenByTheMarginOnEachSide() {
		Range range = Range.covering(new double[] { 1, 3, 2 }, 0.25);
		assertThat(range.min()).isCloseTo(0.5, within(1e-12));
		assertThat(range.max()).isCloseTo(3.5, within(1e-12));
	}

	@Test
	void coveringWhenOneValueShouldSpanAroundIt() {
		assertThat(Range.covering(new double[] { 0 }, 0.25)).isEqualTo(new Range(-1, 1));
		assertThat(Range.covering(new double[] { 4, 4 }, 0.25)).isEqualTo(new Range(2, 6));
	}

	@Test
	void coveringWhenNoValueIsFiniteShouldBeMinusOneToOne() {
		assertThat(Range.covering(new double[] { Double.NaN, Double.POSITIVE_INFINITY }, 0.25))
			.isEqualTo(new Range(-1, 1));
	}

	@Test
	void coveringWhenValuesAreHugeShouldStayFinite() {
		Range range = Range.covering(new double[] { -Double.MAX_VALUE, Double.MAX_VALUE, 0 }, 0.25);
		assertThat(range.min()).isEqualTo(-Range.LARGEST);
		assertThat(range.max()).isEqualTo(Range.LARGEST);
		assertThat(range.span()).isFinite();
	}

	@Test
	void constructorWhenEndsAreNotOrderedShouldThrow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Range(1, 1)).withMessageContaining("min < max");
		assertThatIllegalArgumentException().isThrownBy(() -> new Range(Double.NaN, 1));
	}

	@Test
	void fractionWhenAtTheEndsShouldBeZeroAndOne() {
		Range range = new Range(-2, 6);
		assertThat(range.fraction(-2)).isZero();
		assertThat(range.fraction(6)).isEqualTo(1.0);
		assertThat(range.at(0.5)).isEqualTo(2.0);
	}

}
