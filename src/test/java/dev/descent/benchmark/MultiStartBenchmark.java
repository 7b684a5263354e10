package dev.descent.benchmark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import dev.descent.optimization.Bounds;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.StoppingCriteria;
import dev.descent.optimization.multistart.MultiStartOptimizer;
import dev.descent.optimization.multistart.MultiStartProblem;
import dev.descent.optimization.multistart.MultiStartResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One large multi-start request (10,000 starts, the most one request may ask for by
 * default, of Rastrigin's function in four variables, with the defaults of the service)
 * on 1 and on 2 threads: the speed-up of the second thread. Run with
 * {@code ./mvnw -B -Pbenchmark test-compile exec:exec -Dbenchmark.args="MultiStartBenchmark -f 1 -wi 2 -i 3"}
 * on an otherwise idle machine (iterations of 5 s, so that a run fits in a quiet spell of
 * a shared machine); never part of the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(time = 5)
@Measurement(time = 5)
public class MultiStartBenchmark {

	private static final String RASTRIGIN = "40 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y) "
			+ "+ z^2 - 10*cos(2*pi*z) + w^2 - 10*cos(2*pi*w)";

	private static final String STYBLINSKI_TANG = "(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y "
			+ "+ z^4 - 16*z^2 + 5*z + w^4 - 16*w^2 + 5*w) / 2";

	/**
	 * The landscape: {@code RASTRIGIN} has thousands of minima in its box, so that nearly
	 * every start adds one to merge; {@code STYBLINSKI_TANG} has 16, and its starts cost
	 * more.
	 */
	@Param({ "RASTRIGIN", "STYBLINSKI_TANG" })
	public String function;

	@Param({ "1", "2" })
	public int threads;

	private ExecutorService executor;

	private MultiStartOptimizer optimizer;

	private MultiStartProblem problem;

	@Setup(Level.Trial)
	public void setUp() {
		this.executor = Executors.newFixedThreadPool(this.threads);
		this.optimizer = new MultiStartOptimizer(this.executor, this.threads);
		String text = this.function.equals("RASTRIGIN") ? RASTRIGIN : STYBLINSKI_TANG;
		CompiledExpression expression = new ExpressionCompiler(ExpressionLimits.DEFAULTS).compile(text,
				List.of("x", "y", "z", "w"));
		double[] lower = { -5.12, -5.12, -5.12, -5.12 };
		double[] upper = { 5.12, 5.12, 5.12, 5.12 };
		Bounds box = Bounds.of(lower, upper);
		int starts = 10_000;
		OptimizerSettings optimizer = OptimizerSettings.defaults(MultiStartProblem.DEFAULT_METHOD);
		StoppingCriteria stopping = MultiStartProblem.defaultStopping(MultiStartProblem.DEFAULT_STEPS);
		this.problem = new MultiStartProblem(expression, box, true, MultiStartProblem.DEFAULT_SAMPLING, 42, List.of(),
				0, starts, starts, optimizer, GradientSettings.EXACT, stopping,
				MultiStartProblem.defaultMinimaTolerance(box));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.executor.shutdown();
	}

	@Benchmark
	public MultiStartResult multiStart() {
		return this.optimizer.minimize(this.problem, Deadline.NONE);
	}

}
