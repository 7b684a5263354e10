package dev.descent.optimization.fitting;

import java.util.List;
import java.util.stream.Stream;

import dev.descent.optimization.GradientDescentOptimizer;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.Minimization;
import dev.descent.optimization.OptimizationResult;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;
import dev.descent.optimization.StoppingCriteria;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * A fit whose one batch is the whole data set is the descent loop run on the mean loss
 * written out as an expression: both iterate \(\theta_{k+1} = U(\theta_k, \nabla
 * L(\theta_k))\) with the same rule. They differ only in rounding, since the fit sums the
 * rows in shuffled order and applies the chain rule row by row while the expression's
 * backward sweep sums in its own order, so they agree to \(10^{-10}\) relative rather
 * than bit for bit, after hundreds of steps of a contracting iteration.
 */
class FullBatchAgreementTests {

	private static final double[] X = { 1, 2, 3, 4 };

	private static final double[] Y = { 3, 5, 6.5, 9.5 };

	static Stream<Arguments> methods() {
		return Stream.of(Arguments.of(Method.GRADIENT_DESCENT, 0.02), Arguments.of(Method.MOMENTUM, 0.01),
				Arguments.of(Method.NESTEROV, 0.01), Arguments.of(Method.ADAGRAD, 0.5),
				Arguments.of(Method.RMSPROP, 0.01), Arguments.of(Method.ADAM, 0.05),
				Arguments.of(Method.LINE_SEARCH, 1.0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("methods")
	void fitWhenOneBatchHoldsAllRowsShouldAgreeWithMinimizingTheLossExpression(Method method, double learningRate) {
		// The line search ends where it finds no decrease, a matter of the last bits of
		// the
		// loss, which the two sum in different orders: compare it before it gets there.
		int steps = (method == Method.LINE_SEARCH) ? 40 : 500;
		OptimizerSettings optimizer = OptimizerSettings.defaults(method).withLearningRate(learningRate);
		Minimization minimization = new Minimization(Fits.compiler.compile(meanSquaredError(), List.of("a", "b")),
				Point.of(0.0, 0.0), optimizer, GradientSettings.EXACT, StoppingCriteria.fixedSteps(steps), null, 0);
		OptimizationResult minimized = new GradientDescentOptimizer().minimize(minimization);
		FitResult fitted = Fits.of("a*x + b", List.of("a", "b"), Fits.columns("x", X, "y", Y), 0.0, 0.0)
			.optimizer(method, learningRate)
			.batches(X.length, steps)
			.run();
		assertThat(fitted.updates()).isEqualTo(minimized.steps());
		assertThat(fitted.parameters().get(0)).isCloseTo(minimized.point().get(0), withinPercentage(1e-8));
		assertThat(fitted.parameters().get(1)).isCloseTo(minimized.point().get(1), withinPercentage(1e-8));
		assertThat(fitted.loss()).isCloseTo(minimized.value(), withinPercentage(1e-8));
	}

	/** \(\frac{1}{n} \sum_i (a x_i + b - y_i)^2\) as text. */
	private static String meanSquaredError() {
		StringBuilder sum = new StringBuilder("(");
		for (int i = 0; i < X.length; i++) {
			sum.append((i > 0) ? " + " : "").append("(a*").append(X[i]).append(" + b - ").append(Y[i]).append(")^2");
		}
		return sum.append(")/").append(X.length).toString();
	}

}
