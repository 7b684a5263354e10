package dev.descent.optimization;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour Descent grew from: plain descent with central differences,
 * {@code h = 1e-7} and no early stopping reproduces the reference algorithm bit for bit.
 */
class ReferenceAlgorithmTests {

	private static final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	private static final GradientDescentOptimizer optimizer = new GradientDescentOptimizer();

	static Stream<Arguments> referenceTable() {
		return Stream.of(Arguments.of(0.01, 500, -0.00012307192187321903, Status.MAX_STEPS),
				Arguments.of(0.001, 5000, -0.00013484277838493597, Status.MAX_STEPS),
				Arguments.of(0.999, 5000, -0.00013485598670825993, Status.MAX_STEPS),
				Arguments.of(1e-9, 100, -2.99999940000006, Status.MAX_STEPS),
				Arguments.of(10.0, 100, 2459382288.1580424, Status.DIVERGED));
	}

	@ParameterizedTest(name = "lr {0}, {1} steps -> {2}")
	@MethodSource("referenceTable")
	void minimizeWhenReferenceCaseShouldReproduceTableExactly(double learningRate, int steps, double expected,
			Status status) {
		OptimizationResult result = optimizer
			.minimize(referenceProblem("x^2 + 1", List.of("x"), learningRate, steps, -3.0));
		assertThat(result.point().get(0)).isEqualTo(expected);
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.steps()).isEqualTo(steps);
	}

	@Test
	void minimizeWhenTwoVariablesShouldFollowReferenceRulePerCoordinate() {
		assertMatchesReference("x^2 + y^2", List.of("x", "y"), (p) -> p[0] * p[0] + p[1] * p[1], 0.01, 100, 3.0, 3.0);
		assertMatchesReference("x^2 + y^2", List.of("x", "y"), (p) -> p[0] * p[0] + p[1] * p[1], 0.1, 100, 3.0, 3.0);
	}

	@Test
	void minimizeWhenThreeVariablesShouldFollowReferenceRulePerCoordinate() {
		assertMatchesReference("x^2 + y^2 + z^2", List.of("x", "y", "z"),
				(p) -> p[0] * p[0] + p[1] * p[1] + p[2] * p[2], 0.01, 1000, 3.0, 6.0, 9.0);
	}

	private static void assertMatchesReference(String expression, List<String> variables,
			ToDoubleFunction<double[]> function, double learningRate, int steps, double... start) {
		double[] expected = referenceDescent(function, start.clone(), learningRate, steps);
		OptimizationResult result = optimizer
			.minimize(referenceProblem(expression, variables, learningRate, steps, start));
		assertThat(result.point().toArray()).containsExactly(expected);
	}

	/**
	 * The reference algorithm, transcribed: the numerical gradient and the update loop.
	 */
	private static double[] referenceDescent(ToDoubleFunction<double[]> f, double[] params, double lr, int steps) {
		double h = 1e-7;
		for (int step = 0; step < steps; step++) {
			double[] grad = new double[params.length];
			for (int i = 0; i < params.length; i++) {
				double original = params[i];
				params[i] = original + h;
				double above = f.applyAsDouble(params);
				params[i] = original - h;
				double below = f.applyAsDouble(params);
				grad[i] = (above - below) / (2 * h);
				params[i] = original;
			}
			for (int i = 0; i < params.length; i++) {
				params[i] -= lr * grad[i];
			}
		}
		return params;
	}

	private static Minimization referenceProblem(String text, List<String> variables, double learningRate, int steps,
			double... start) {
		CompiledExpression expression = compiler.compile(text, variables);
		return new Minimization(expression, Point.of(start),
				OptimizerSettings.defaults(Method.GRADIENT_DESCENT).withLearningRate(learningRate),
				GradientSettings.central(1e-7), StoppingCriteria.fixedSteps(steps), null, 0);
	}

}
