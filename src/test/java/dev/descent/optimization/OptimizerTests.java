package dev.descent.optimization;

import java.util.List;
import java.util.stream.Stream;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every optimizer on a convex bowl and on Rosenbrock's valley, with hyperparameters that
 * work, and every status.
 */
class OptimizerTests {

	private static final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	private static final GradientDescentOptimizer optimizer = new GradientDescentOptimizer();

	private static final String BOWL = "(x - 1)^2 + 10*(y + 2)^2";

	private static final String ROSENBROCK = "100*(y - x^2)^2 + (1 - x)^2";

	static Stream<Arguments> bowl() {
		return Stream.of(Arguments.of(Method.GRADIENT_DESCENT, 0.05), Arguments.of(Method.MOMENTUM, 0.01),
				Arguments.of(Method.NESTEROV, 0.01), Arguments.of(Method.ADAGRAD, 1.0),
				Arguments.of(Method.RMSPROP, 0.01), Arguments.of(Method.ADAM, 0.1),
				Arguments.of(Method.LINE_SEARCH, 1.0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bowl")
	void minimizeWhenConvexBowlShouldReachItsMinimum(Method method, double learningRate) {
		OptimizationResult result = minimize(BOWL, method, learningRate, 20_000, 3.0, 3.0);
		assertThat(result.status()).isEqualTo(Status.CONVERGED);
		assertThat(result.criterion()).isEqualTo(Criterion.GRADIENT_NORM);
		assertThat(result.point().get(0)).isCloseTo(1.0, within(1e-6));
		assertThat(result.point().get(1)).isCloseTo(-2.0, within(1e-6));
	}

	static Stream<Arguments> rosenbrock() {
		return Stream.of(Arguments.of(Method.GRADIENT_DESCENT, 0.002), Arguments.of(Method.MOMENTUM, 0.0005),
				Arguments.of(Method.NESTEROV, 0.0005), Arguments.of(Method.ADAGRAD, 0.5),
				Arguments.of(Method.RMSPROP, 0.00003), Arguments.of(Method.ADAM, 0.01),
				Arguments.of(Method.LINE_SEARCH, 1.0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rosenbrock")
	void minimizeWhenRosenbrockShouldFollowTheValleyToOneOne(Method method, double learningRate) {
		OptimizationResult result = minimize(ROSENBROCK, method, learningRate, 200_000, -1.2, 1.0);
		assertThat(result.bestPoint().get(0)).isCloseTo(1.0, within(1e-3));
		assertThat(result.bestPoint().get(1)).isCloseTo(1.0, within(2e-3));
		assertThat(result.bestValue()).isLessThan(1e-6);
	}

	@Test
	void minimizeWhenStartIsMinimumShouldStopAtOnce() {
		OptimizationResult result = minimize(BOWL, Method.GRADIENT_DESCENT, 0.01, 100, 1.0, -2.0);
		assertThat(result.status()).isEqualTo(Status.CONVERGED);
		assertThat(result.steps()).isZero();
	}

	@Test
	void minimizeWhenBudgetRunsOutShouldReportMaxSteps() {
		OptimizationResult result = minimize(BOWL, Method.GRADIENT_DESCENT, 0.001, 10, 3.0, 3.0);
		assertThat(result.status()).isEqualTo(Status.MAX_STEPS);
		assertThat(result.steps()).isEqualTo(10);
		assertThat(result.criterion()).isNull();
	}

	@Test
	void minimizeWhenLearningRateTooLargeShouldStopEarlyAsDiverged() {
		OptimizationResult result = minimize("x^2 + 1", Method.GRADIENT_DESCENT, 10.0, 100, -3.0);
		assertThat(result.status()).isEqualTo(Status.DIVERGED);
		assertThat(result.steps()).isLessThan(100);
		assertThat(result.best().point().get(0)).isEqualTo(-3.0);
	}

	@Test
	void minimizeWhenExactGradientAndLearningRateTooLargeShouldNotStallAtHugeValue() {
		Minimization problem = problem("x^2 + 1", Method.GRADIENT_DESCENT, 10.0, StoppingCriteria.fixedSteps(100),
				GradientSettings.EXACT, -3.0);
		OptimizationResult result = optimizer.minimize(problem);
		assertThat(result.status()).isEqualTo(Status.DIVERGED);
		assertThat(result.steps()).isEqualTo(100);
		assertThat(Math.abs(result.point().get(0))).isGreaterThan(1e100);
	}

	@Test
	void minimizeWhenIterateOverflowsShouldReportDiverged() {
		Minimization problem = problem("x^2 + 1", Method.GRADIENT_DESCENT, 10.0, StoppingCriteria.fixedSteps(1000),
				GradientSettings.EXACT, -3.0);
		OptimizationResult result = optimizer.minimize(problem);
		assertThat(result.status()).isEqualTo(Status.DIVERGED);
		assertThat(result.steps()).isLessThan(1000);
	}

	@Test
	void minimizeWhenLeavingDomainShouldReportNonFinite() {
		OptimizationResult result = minimize("sqrt(x) + x", Method.GRADIENT_DESCENT, 10.0, 100, 1.0);
		assertThat(result.status()).isEqualTo(Status.NON_FINITE);
		assertThat(result.best().point().get(0)).isEqualTo(1.0);
	}

	@Test
	void minimizeWhenStepsVanishWithLargeGradientShouldReportStalled() {
		StoppingCriteria stopping = new StoppingCriteria(1000, 1e-8, 1e-6, 0.0, true, 1e6);
		Minimization problem = problem("x", Method.GRADIENT_DESCENT, 1e-9, stopping, GradientSettings.EXACT, 5.0);
		OptimizationResult result = optimizer.minimize(problem);
		assertThat(result.status()).isEqualTo(Status.STALLED);
		assertThat(result.criterion()).isEqualTo(Criterion.STEP_SIZE);
	}

	@Test
	void minimizeWhenValueStopsChangingNearMinimumShouldReportConvergedByValue() {
		StoppingCriteria stopping = new StoppingCriteria(100_000, 0.0, 0.0, 1e-12, true, 1e6);
		Minimization problem = problem(BOWL, Method.GRADIENT_DESCENT, 0.01, stopping, GradientSettings.EXACT, 3.0, 3.0);
		OptimizationResult result = optimizer.minimize(problem);
		assertThat(result.status()).isEqualTo(Status.CONVERGED);
		assertThat(result.criterion()).isEqualTo(Criterion.VALUE_CHANGE);
	}

	@Test
	void minimizeWhenDeadlineHasPassedShouldReturnStartAtOnce() {
		Minimization problem = problem(BOWL, Method.GRADIENT_DESCENT, 0.001, StoppingCriteria.fixedSteps(1000),
				GradientSettings.EXACT, 3.0, 3.0);
		OptimizationResult result = optimizer.minimize(problem, () -> true, ProgressListener.NONE);
		assertThat(result.status()).isEqualTo(Status.DEADLINE);
		assertThat(result.steps()).isZero();
		assertThat(result.point().toArray()).containsExactly(3.0, 3.0);
	}

	@Test
	void minimizeWhenDeadlinePassesMidwayShouldStopAtTheNextStepWithItsBestPoint() {
		Minimization problem = problem(BOWL, Method.GRADIENT_DESCENT, 0.001, StoppingCriteria.fixedSteps(1000),
				GradientSettings.EXACT, 3.0, 3.0);
		int[] checks = new int[1];
		OptimizationResult result = optimizer.minimize(problem, () -> ++checks[0] > 7, ProgressListener.NONE);
		assertThat(result.status()).isEqualTo(Status.DEADLINE);
		assertThat(result.steps()).isEqualTo(7);
		assertThat(result.value()).isLessThan(16.0 + 250.0);
		assertThat(result.bestValue()).isEqualTo(result.value());
	}

	@Test
	void minimizeWhenListenerStopsShouldReportCancelled() {
		Minimization problem = problem(BOWL, Method.GRADIENT_DESCENT, 0.001, StoppingCriteria.fixedSteps(1000),
				GradientSettings.EXACT, 3.0, 3.0);
		OptimizationResult result = optimizer.minimize(problem, Deadline.NONE, (step, x, value, norm) -> step < 5);
		assertThat(result.status()).isEqualTo(Status.CANCELLED);
		assertThat(result.steps()).isEqualTo(5);
	}

	@Test
	void minimizeWhenBoundedShouldStopOnBoundaryMinimum() {
		StoppingCriteria stopping = new StoppingCriteria(10_000, 1e-8, 0.0, 0.0, true, 1e6);
		Minimization problem = new Minimization(compiler.compile("(x - 3)^2", List.of("x")), Point.of(0.0),
				OptimizerSettings.defaults(Method.LINE_SEARCH), GradientSettings.EXACT, stopping,
				Bounds.of(new double[] { -1.0 }, new double[] { 2.0 }), 0);
		OptimizationResult result = optimizer.minimize(problem);
		assertThat(result.status()).isEqualTo(Status.CONVERGED);
		assertThat(result.point().get(0)).isEqualTo(2.0);
	}

	@Test
	void minimizeWhenTrajectoryRequestedShouldRecordEveryKthStepAndTheLast() {
		Minimization problem = new Minimization(compiler.compile("x^2", List.of("x")), Point.of(1.0),
				OptimizerSettings.defaults(Method.GRADIENT_DESCENT), GradientSettings.EXACT,
				StoppingCriteria.fixedSteps(25), null, 10);
		OptimizationResult result = optimizer.minimize(problem);
		assertThat(result.trajectory()).extracting(TrajectoryPoint::step).containsExactly(0, 10, 20, 25);
	}

	private static OptimizationResult minimize(String text, Method method, double learningRate, int steps,
			double... start) {
		StoppingCriteria stopping = new StoppingCriteria(steps, 1e-8, 0.0, 0.0, true, 1e6);
		return optimizer.minimize(problem(text, method, learningRate, stopping, GradientSettings.EXACT, start));
	}

	private static Minimization problem(String text, Method method, double learningRate, StoppingCriteria stopping,
			GradientSettings gradient, double... start) {
		List<String> variables = List.of("x", "y", "z").subList(0, start.length);
		CompiledExpression expression = compiler.compile(text, variables);
		return new Minimization(expression, Point.of(start),
				OptimizerSettings.defaults(method).withLearningRate(learningRate), gradient, stopping, null, 0);
	}

}
