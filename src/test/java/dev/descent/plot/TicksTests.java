package dev.descent.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Round-number ticks and their labels.
 */
class TicksTests {

	@ParameterizedTest(name = "[{0}, {1}] in about {2}: step {3}")
	@CsvSource({ "0, 10, 5, 2", "-5, 5, 8, 1", "0, 1, 5, 0.2", "0, 1000, 4, 200", "0, 0.003, 6, 0.0005" })
	void stepWhenRangeIsGivenShouldBeOneTwoOrFiveTimesAPowerOfTen(double min, double max, int count, double step) {
		assertThat(Ticks.step(new Range(min, max), count)).isCloseTo(step, within(step * 1e-9));
	}

	@Test
	void ofWhenRangeIsSymmetricShouldIncludeBothEndsAndAnExactZero() {
		assertThat(Ticks.of(new Range(-5, 5), 8)).hasSize(11).startsWith(-5.0, -4.0).endsWith(4.0, 5.0).contains(0.0);
	}

	@Test
	void labelWhenStepIsADecimalShouldRoundAwayBinaryNoise() {
		assertThat(Ticks.label(0.1 + 0.2, 0.1)).isEqualTo("0.3");
		assertThat(Ticks.label(-1.5, 0.5)).isEqualTo("-1.5");
		assertThat(Ticks.label(200, 100)).isEqualTo("200");
	}

	@Test
	void labelWhenMagnitudeIsHugeShouldUseScientificNotation() {
		assertThat(Ticks.label(2e7, 1e7)).isEqualTo("2.0e7");
		assertThat(Ticks.label(3e-5, 1e-5)).isEqualTo("3.0e-5");
	}

	@Test
	void valueWhenNotFiniteShouldSayNotAvailable() {
		assertThat(Ticks.value(Double.NaN)).isEqualTo("n/a");
		assertThat(Ticks.value(1234.5678)).isEqualTo("1235");
		assertThat(Ticks.value(2.5e-7)).isEqualTo("2.500e-7");
	}

}
