package dev.descent.optimization.multistart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import dev.descent.optimization.Bounds;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;
import dev.descent.optimization.Status;
import dev.descent.optimization.StoppingCriteria;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Multi-start runs on the classic test functions with the default settings, and the
 * promises: every outcome counted, the same result on any number of threads, and slices
 * that merge into the whole run.
 */
class MultiStartOptimizerTests {

	private static final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	private static final ExecutorService pool = Executors.newFixedThreadPool(4);

	private static final MultiStartOptimizer optimizer = new MultiStartOptimizer(pool, 2);

	private static final String HIMMELBLAU = "(x^2+y-11)^2 + (x+y^2-7)^2";

	private static final String RASTRIGIN = "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)";

	private static final String CAMEL = "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2";

	@AfterAll
	static void shutdown() {
		pool.shutdown();
	}

	@Test
	void minimizeWhenHimmelblauShouldReportAllFourGlobalMinima() {
		MultiStartResult result = optimizer.minimize(problem(HIMMELBLAU, 5.0, 40).seed(42).build(), Deadline.NONE);
		assertThat(result.minima()).hasSize(4).allSatisfy((minimum) -> {
			assertThat(minimum.value()).isCloseTo(0.0, within(1e-8));
			assertThat(minimum.count()).isPositive();
		});
		double[][] known = { { 3, 2 }, { -2.805118, 3.131312 }, { -3.779310, -3.283186 }, { 3.584428, -1.848127 } };
		for (double[] point : known) {
			assertThat(result.minima())
				.anySatisfy((minimum) -> assertThat(minimum.point().distanceTo(Point.of(point))).isLessThan(1e-4));
		}
		assertThat(result.minima().stream().mapToInt(Minimum::count).sum()).isEqualTo(result.counts().converged());
	}

	@Test
	void minimizeWhenRastriginShouldFindTheGlobalMinimum() {
		Bounds box = square(5.12);
		MultiStartResult result = optimizer.minimize(problem(RASTRIGIN, box, 300).seed(2024).build(), Deadline.NONE);
		assertThat(result.best().value()).isLessThan(1e-6);
		assertThat(result.best().point().distanceTo(Point.of(0.0, 0.0))).isLessThan(1e-4);
		assertThat(result.minima().get(0).value()).isLessThan(1e-6);
		assertThat(result.minima().size()).isGreaterThan(20);
	}

	static Stream<Arguments> standardFunctions() {
		return Stream.of(Arguments.of("bowl", "(x - 1)^2 + 10*(y + 2)^2", -5.0, 5.0, -5.0, 5.0, 1.0, -2.0, 0.0),
				Arguments.of("Rosenbrock", "100*(y - x^2)^2 + (1 - x)^2", -2.0, 2.0, -1.0, 3.0, 1.0, 1.0, 0.0),
				Arguments.of("six-hump camel", CAMEL, -3.0, 3.0, -2.0, 2.0, 0.0898420, -0.7126564, -1.0316285),
				Arguments.of("minimum on an edge", "(x - 3)^2 + (y + 1)^2", -1.0, 2.0, -3.0, 5.0, 2.0, -1.0, 1.0),
				Arguments.of("minimum at a corner", "x + 2*y", -1.0, 2.0, -3.0, 5.0, -1.0, -3.0, -7.0),
				Arguments.of("Himmelblau", HIMMELBLAU, -5.0, 5.0, -5.0, 5.0, -3.779310, -3.283186, 0.0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("standardFunctions")
	void minimizeWhenOnlyBoxAndStartsGivenShouldFindTheGlobalMinimum(String name, String expression, double xLower,
			double xUpper, double yLower, double yUpper, double x, double y, double value) {
		Bounds box = Bounds.of(new double[] { xLower, yLower }, new double[] { xUpper, yUpper });
		MultiStartResult result = optimizer.minimize(problem(expression, box, 30).build(), Deadline.NONE);
		assertThat(result.best().value()).isCloseTo(value, within(1e-6));
		assertThat(result.minima().get(0).value()).isCloseTo(value, within(1e-6));
		if (name.equals("six-hump camel")) {
			assertThat(Math.abs(result.best().point().get(0))).isCloseTo(x, within(1e-4));
			assertThat(result.minima().get(1).value()).isCloseTo(value, within(1e-6));
		}
		else if (!name.equals("Himmelblau")) {
			assertThat(result.best().point().distanceTo(Point.of(x, y))).isLessThan(1e-3);
		}
	}

	static Stream<Arguments> outcomes() {
		Bounds line = Bounds.of(new double[] { 1.0 }, new double[] { 4.0 });
		StoppingCriteria untilStuck = new StoppingCriteria(1000, 1e-8, 1e-6, 0.0, true, 1e6);
		return Stream.of(Arguments.of(Status.CONVERGED, problem("(x - 2)^2", line, 8).build()),
				Arguments.of(Status.MAX_STEPS,
						problem("100*(y - x^2)^2 + (1 - x)^2", square(2.0), 8)
							.stopping(new StoppingCriteria(3, 1e-8, 0.0, 0.0, true, 1e6))
							.build()),
				Arguments.of(Status.DIVERGED,
						problem("x^2", line, 8).method(Method.GRADIENT_DESCENT, 10.0).project(false).build()),
				Arguments.of(Status.NON_FINITE,
						problem("log(x - 5)", line, 8).method(Method.GRADIENT_DESCENT, 0.01).build()),
				Arguments.of(Status.STALLED,
						problem("x", line, 8).method(Method.GRADIENT_DESCENT, 1e-9).stopping(untilStuck).build()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("outcomes")
	void minimizeWhenEveryStartEndsOneWayShouldCountThemAll(Status status, MultiStartProblem problem) {
		MultiStartResult result = optimizer.minimize(problem, Deadline.NONE);
		assertThat(result.outcomes()).hasSize(8).extracting(StartOutcome::status).containsOnly(status);
		assertThat(OutcomeCounts.of(List.of(result.outcomes().get(0))).total()).isOne();
		assertThat(result.counts()).isEqualTo(OutcomeCounts.of(result.outcomes()));
		assertThat(result.counts().total()).isEqualTo(8);
		assertThat(result.minima()).hasSize((status == Status.CONVERGED) ? 1 : 0);
		boolean failed = status == Status.DIVERGED || status == Status.NON_FINITE;
		assertThat(result.best() == null).isEqualTo(failed);
	}

	@Test
	void minimizeWhenSomeStartsLeaveTheDomainShouldKeepTheOthers() {
		Bounds box = Bounds.of(new double[] { -1.0 }, new double[] { 3.0 });
		MultiStartResult result = optimizer.minimize(problem("sqrt(x) + (x - 2)^2", box, 40).build(), Deadline.NONE);
		assertThat(result.counts().nonFinite()).isPositive();
		assertThat(result.counts().converged()).isPositive();
		assertThat(result.counts().total()).isEqualTo(40);
		assertThat(result.best().status()).isEqualTo(Status.CONVERGED);
		assertThat(result.best().point().get(0)).isCloseTo(1.8144020, within(1e-6));
		assertThat(result.best().value()).isCloseTo(1.3814440, within(1e-6));
		assertThat(result.minima()).hasSize(1);
	}

	@Test
	void minimizeWhenDeadlineHasPassedShouldCountEveryStartAsDeadline() {
		MultiStartProblem problem = problem(HIMMELBLAU, 5.0, 50).build();
		MultiStartResult result = optimizer.minimize(problem, () -> true);
		assertThat(result.counts().deadline()).isEqualTo(50);
		assertThat(result.outcomes()).allSatisfy((outcome) -> {
			assertThat(outcome.steps()).isZero();
			assertThat(outcome.point()).isNull();
		});
		assertThat(result.outcomes()).extracting(StartOutcome::start).isEqualTo(problem.sequence().get(0, 50));
		assertThat(result.best()).isNull();
		assertThat(result.minima()).isEmpty();
	}

	@Test
	void minimizeWhenCallerInterruptedShouldCancelTheStartsAndKeepTheFlag() {
		MultiStartProblem problem = problem("x^2 + y^2", square(1.0), 40).method(Method.GRADIENT_DESCENT, 1e-9)
			.stopping(StoppingCriteria.fixedSteps(1_000_000))
			.build();
		Thread.currentThread().interrupt();
		MultiStartResult result = optimizer.minimize(problem, Deadline.NONE);
		assertThat(Thread.interrupted()).isTrue();
		assertThat(result.counts().cancelled()).isEqualTo(40);
	}

	@ParameterizedTest
	@EnumSource(Sampling.class)
	void minimizeWhenThreadCountsDifferShouldGiveIdenticalResults(Sampling sampling) {
		MultiStartProblem problem = problem(CAMEL, Bounds.of(new double[] { -3.0, -2.0 }, new double[] { 3.0, 2.0 }),
				120)
			.sampling(sampling)
			.startPoints(List.of(Point.of(0.0, 0.0)))
			.build();
		MultiStartResult one = minimizeOn(1, problem);
		assertThat(minimizeOn(2, problem)).usingRecursiveComparison().ignoringFields("elapsed").isEqualTo(one);
		assertThat(minimizeOn(4, problem)).usingRecursiveComparison().ignoringFields("elapsed").isEqualTo(one);
	}

	private static MultiStartResult minimizeOn(int threads, MultiStartProblem problem) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			return new MultiStartOptimizer(executor, threads).minimize(problem, Deadline.NONE);
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	void minimizeWhenRunsShareTheExecutorShouldEachGetTheirOwnResult() throws Exception {
		MultiStartOptimizer shared = new MultiStartOptimizer(pool, 1);
		List<MultiStartProblem> problems = List.of(problem(HIMMELBLAU, 5.0, 60).seed(1).build(),
				problem(RASTRIGIN, 5.12, 60).seed(2).build(), problem(CAMEL, 3.0, 60).seed(3).build());
		ExecutorService callers = Executors.newFixedThreadPool(problems.size());
		try {
			List<Future<MultiStartResult>> futures = new ArrayList<>();
			for (MultiStartProblem problem : problems) {
				futures.add(callers.submit(() -> shared.minimize(problem, Deadline.NONE)));
			}
			for (int i = 0; i < problems.size(); i++) {
				MultiStartResult alone = optimizer.minimize(problems.get(i), Deadline.NONE);
				assertThat(futures.get(i).get()).usingRecursiveComparison().ignoringFields("elapsed").isEqualTo(alone);
			}
		}
		finally {
			callers.shutdown();
		}
	}

	@ParameterizedTest
	@EnumSource(Sampling.class)
	void mergeWhenSlicesOfARunShouldEqualTheWholeRun(Sampling sampling) {
		ProblemBuilder builder = problem(HIMMELBLAU, 5.0, 90).sampling(sampling)
			.seed(77)
			.startPoints(List.of(Point.of(0.0, 0.0), Point.of(-4.0, 4.0)));
		MultiStartResult whole = optimizer.minimize(builder.build(), Deadline.NONE);
		List<MultiStartResult> slices = new ArrayList<>();
		int[][] ranges = { { 0, 1 }, { 1, 40 }, { 41, 7 }, { 48, 42 } };
		for (int[] range : ranges) {
			slices.add(optimizer.minimize(builder.slice(range[0], range[1], 90).build(), Deadline.NONE));
		}
		MultiStartResult merged = MultiStartResult
			.merge(List.of(slices.get(2), slices.get(0), slices.get(3), slices.get(1)));
		assertThat(merged).usingRecursiveComparison().ignoringFields("elapsed").isEqualTo(whole);
		List<List<Minimum>> minima = slices.stream().map(MultiStartResult::minima).toList();
		assertThat(Minima.merge(minima, whole.minimaTolerance())).isEqualTo(whole.minima());
		List<Minimum> left = Minima.merge(
				List.of(Minima.merge(minima.subList(0, 2), whole.minimaTolerance()), minima.get(2), minima.get(3)),
				whole.minimaTolerance());
		List<Minimum> right = Minima.merge(
				List.of(minima.get(0), minima.get(1), Minima.merge(minima.subList(2, 4), whole.minimaTolerance())),
				whole.minimaTolerance());
		assertThat(left).isEqualTo(whole.minima()).isEqualTo(right);
	}

	private static Bounds square(double half) {
		return Bounds.of(new double[] { -half, -half }, new double[] { half, half });
	}

	private static ProblemBuilder problem(String expression, double half, int starts) {
		return problem(expression, square(half), starts);
	}

	private static ProblemBuilder problem(String expression, Bounds box, int starts) {
		return new ProblemBuilder(expression, box, starts);
	}

	/** The defaults of the service, and a way to change one at a time. */
	static final class ProblemBuilder {

		private final String expression;

		private final Bounds box;

		private int firstStart;

		private int starts;

		private int totalStarts;

		private long seed = 1;

		private Sampling sampling = MultiStartProblem.DEFAULT_SAMPLING;

		private List<Point> startPoints = List.of();

		private boolean project = true;

		private OptimizerSettings optimizer = OptimizerSettings.defaults(MultiStartProblem.DEFAULT_METHOD);

		private StoppingCriteria stopping = MultiStartProblem.defaultStopping(MultiStartProblem.DEFAULT_STEPS);

		ProblemBuilder(String expression, Bounds box, int starts) {
			this.expression = expression;
			this.box = box;
			this.starts = starts;
			this.totalStarts = starts;
		}

		ProblemBuilder seed(long seed) {
			this.seed = seed;
			return this;
		}

		ProblemBuilder sampling(Sampling sampling) {
			this.sampling = sampling;
			return this;
		}

		ProblemBuilder startPoints(List<Point> startPoints) {
			this.startPoints = startPoints;
			return this;
		}

		ProblemBuilder project(boolean project) {
			this.project = project;
			return this;
		}

		ProblemBuilder method(Method method, double learningRate) {
			this.optimizer = OptimizerSettings.defaults(method).withLearningRate(learningRate);
			return this;
		}

		ProblemBuilder stopping(StoppingCriteria stopping) {
			this.stopping = stopping;
			return this;
		}

		ProblemBuilder slice(int firstStart, int starts, int totalStarts) {
			ProblemBuilder copy = new ProblemBuilder(this.expression, this.box, starts);
			copy.firstStart = firstStart;
			copy.totalStarts = totalStarts;
			copy.seed = this.seed;
			copy.sampling = this.sampling;
			copy.startPoints = this.startPoints;
			copy.project = this.project;
			copy.optimizer = this.optimizer;
			copy.stopping = this.stopping;
			return copy;
		}

		MultiStartProblem build() {
			List<String> variables = List.of("x", "y", "z").subList(0, this.box.dimension());
			return new MultiStartProblem(compiler.compile(this.expression, variables), this.box, this.project,
					this.sampling, this.seed, this.startPoints, this.firstStart, this.starts, this.totalStarts,
					this.optimizer, GradientSettings.EXACT, this.stopping,
					MultiStartProblem.defaultMinimaTolerance(this.box));
		}

	}

}
