package dev.descent.expression;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.descent.expression.ExpressionTable.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Exact gradients from reverse-mode differentiation, checked against central differences
 * everywhere and against gradients derived by hand, to the last bit, where the rules are
 * simple.
 */
class ExactGradientTests {

	private static final int POINTS = 20;

	static Stream<Entry> table() {
		return ExpressionTable.entries();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void valueAndGradientWhenInsideDomainShouldAgreeWithCentralDifferences(Entry entry) {
		Evaluator evaluator = entry.compile().evaluator();
		for (double[] point : entry.points(1, POINTS)) {
			double[] gradient = new double[point.length];
			double value = evaluator.valueAndGradient(point, gradient);
			assertThat(value).isEqualTo(evaluator.value(point));
			for (int i = 0; i < point.length; i++) {
				double tolerance = 1e-6 * Math.max(1, Math.abs(gradient[i]));
				String variable = entry.variables().get(i);
				assertThat(gradient[i]).as("d/d%s of %s at %s", variable, entry, Arrays.toString(point))
					.isCloseTo(centralDifference(evaluator, point, i), within(tolerance));
			}
		}
	}

	static Stream<Arguments> handDerived() {
		return Stream.of(Arguments.of("x^2 + y^2", List.of("x", "y"), new double[] { 3, 4 }, new double[] { 6, 8 }),
				Arguments.of("x*y", List.of("x", "y"), new double[] { 3, -2 }, new double[] { -2, 3 }),
				Arguments.of("3*x - 2*y", List.of("x", "y"), new double[] { 0.1, 0.7 }, new double[] { 3, -2 }),
				Arguments.of("x^2", List.of("x"), new double[] { 1.5 }, new double[] { 3 }),
				Arguments.of("x^3", List.of("x"), new double[] { 2 }, new double[] { 12 }),
				Arguments.of("x/y", List.of("x", "y"), new double[] { 1, 2 }, new double[] { 0.5, -0.25 }),
				Arguments.of("-x + 4", List.of("x"), new double[] { 9 }, new double[] { -1 }),
				Arguments.of("x % y", List.of("x", "y"), new double[] { 7, 2 }, new double[] { 1, -3 }),
				Arguments.of("sin(x) + exp(y)", List.of("x", "y"), new double[] { 0, 0 }, new double[] { 1, 1 }),
				Arguments.of("sqrt(x) + log(y)", List.of("x", "y"), new double[] { 4, 2 }, new double[] { 0.25, 0.5 }),
				Arguments.of("abs(x) + abs(y)", List.of("x", "y"), new double[] { -2, 0 }, new double[] { -1, 0 }),
				Arguments.of("floor(x) + ceil(y) + signum(x)", List.of("x", "y"), new double[] { 1.5, 2.5 },
						new double[] { 0, 0 }),
				Arguments.of("x + 1", List.of("x", "unused"), new double[] { 1, 5 }, new double[] { 1, 0 }));
	}

	@ParameterizedTest(name = "{0} at {2}")
	@MethodSource("handDerived")
	void valueAndGradientWhenRulesAreSimpleShouldMatchHandDerivedGradientExactly(String text, List<String> variables,
			double[] point, double[] expected) {
		double[] gradient = new double[point.length];
		ExpressionTable.compiler.compile(text, variables).evaluator().valueAndGradient(point, gradient);
		assertThat(gradient).containsExactly(expected);
	}

	/**
	 * The central difference \((f(x + h e_i) - f(x - h e_i)) / 2h\) with \(h = 10^{-6}
	 * \max(1, |x_i|)\), divided by the step between the two rounded points rather than by
	 * \(2h\) itself.
	 */
	private static double centralDifference(Evaluator evaluator, double[] point, int i) {
		double[] shifted = point.clone();
		double h = 1e-6 * Math.max(1, Math.abs(point[i]));
		double above = point[i] + h;
		double below = point[i] - h;
		shifted[i] = above;
		double fAbove = evaluator.value(shifted);
		shifted[i] = below;
		double fBelow = evaluator.value(shifted);
		return (fAbove - fBelow) / (above - below);
	}

}
