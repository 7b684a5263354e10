package dev.descent.optimization.fitting;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Each loss's value at known points, and its derivative against a central difference of
 * its value.
 */
class LossTests {

	static Stream<Arguments> values() {
		return Stream.of(Arguments.of(Loss.MSE, 3.0, 1.0, 4.0), Arguments.of(Loss.MSE, -1.0, 1.0, 4.0),
				Arguments.of(Loss.MAE, 3.0, 1.0, 2.0), Arguments.of(Loss.MAE, -1.0, 1.0, 2.0),
				Arguments.of(Loss.HUBER, 1.5, 1.0, 0.125), Arguments.of(Loss.HUBER, 4.0, 1.0, 2.5),
				Arguments.of(Loss.HUBER, -2.0, 1.0, 2.5), Arguments.of(Loss.BCE, 0.5, 1.0, Math.log(2)),
				Arguments.of(Loss.BCE, 0.25, 0.0, -Math.log(0.75)),
				Arguments.of(Loss.BCE, 0.0, 1.0, -Math.log(Loss.BCE_EPSILON)),
				Arguments.of(Loss.BCE, 1.0, 1.0, -Math.log(1 - Loss.BCE_EPSILON)));
	}

	@ParameterizedTest(name = "{0}({1}, {2}) = {3}")
	@MethodSource("values")
	void valueWhenKnownPointShouldMatchDefinition(Loss loss, double prediction, double target, double expected) {
		assertThat(loss.value(prediction, target, 1.0)).isCloseTo(expected, within(1e-12));
	}

	static Stream<Arguments> derivatives() {
		return Stream.of(Arguments.of(Loss.MSE, 0.3, 1.0), Arguments.of(Loss.MAE, 0.3, 1.0),
				Arguments.of(Loss.MAE, 1.7, 1.0), Arguments.of(Loss.HUBER, 0.3, 1.0),
				Arguments.of(Loss.HUBER, 3.0, 1.0), Arguments.of(Loss.HUBER, -3.0, 1.0),
				Arguments.of(Loss.BCE, 0.3, 1.0), Arguments.of(Loss.BCE, 0.8, 0.0), Arguments.of(Loss.BCE, 0.6, 0.25));
	}

	@ParameterizedTest(name = "{0} at {1}, target {2}")
	@MethodSource("derivatives")
	void derivativeWhenAwayFromKinksShouldMatchCentralDifference(Loss loss, double prediction, double target) {
		double h = 1e-6;
		double difference = (loss.value(prediction + h, target, 1.0) - loss.value(prediction - h, target, 1.0))
				/ (2 * h);
		assertThat(loss.derivative(prediction, target, 1.0)).isCloseTo(difference, within(1e-6));
	}

	static Stream<Arguments> kinks() {
		return Stream.of(Arguments.of(Loss.MAE, 1.0, 1.0, 0.0), Arguments.of(Loss.HUBER, 2.0, 1.0, 1.0),
				Arguments.of(Loss.HUBER, 0.0, 1.0, -1.0), Arguments.of(Loss.BCE, 1.0, 0.0, 1 / Loss.BCE_EPSILON));
	}

	@ParameterizedTest(name = "{0} at {1}, target {2}")
	@MethodSource("kinks")
	void derivativeWhenAtKinkOrClampShouldFollowTheConvention(Loss loss, double prediction, double target,
			double expected) {
		assertThat(loss.derivative(prediction, target, 1.0)).isCloseTo(expected, withinPercentage(0.1));
	}

	static Stream<Arguments> targets() {
		return Stream.of(Arguments.of(Loss.MSE, -5.0, true), Arguments.of(Loss.BCE, 0.0, true),
				Arguments.of(Loss.BCE, 1.0, true), Arguments.of(Loss.BCE, 0.5, true),
				Arguments.of(Loss.BCE, 2.0, false), Arguments.of(Loss.BCE, -1.0, false));
	}

	@ParameterizedTest(name = "{0} accepts {1}: {2}")
	@MethodSource("targets")
	void acceptsWhenTargetGivenShouldAllowOnlyProbabilitiesForBce(Loss loss, double target, boolean accepted) {
		assertThat(loss.accepts(target)).isEqualTo(accepted);
	}

}
