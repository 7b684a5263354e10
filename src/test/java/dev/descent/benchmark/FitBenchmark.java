package dev.descent.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;
import dev.descent.optimization.fitting.FitData;
import dev.descent.optimization.fitting.FitProblem;
import dev.descent.optimization.fitting.FitResult;
import dev.descent.optimization.fitting.FitStopping;
import dev.descent.optimization.fitting.Loss;
import dev.descent.optimization.fitting.MiniBatchSgdOptimizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second of mini-batch SGD: one epoch over 100,000 rows in batches of 32 with
 * Adam and exact gradients, for a linear model and for a three-parameter nonlinear one.
 * One operation is one row, so the score is rows per second. An epoch also evaluates the
 * loss over the whole data set twice (at the start and after the epoch, value only),
 * which the score includes.
 *
 * <p>
 * Run with {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.args="FitBenchmark -f 1 -wi 2 -i 3"}; add {@code -prof gc} to see the
 * allocation rate, which stays at the per-fit arrays, a few kilobytes, whatever the
 * number of rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FitBenchmark {

	private static final int ROWS = 100_000;

	private final MiniBatchSgdOptimizer optimizer = new MiniBatchSgdOptimizer();

	private FitProblem linear;

	private FitProblem nonlinear;

	@Setup
	public void setUp() {
		ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);
		SplittableRandom random = new SplittableRandom(1);
		double[] x = new double[ROWS];
		double[] line = new double[ROWS];
		double[] decay = new double[ROWS];
		for (int i = 0; i < ROWS; i++) {
			x[i] = 4.0 * i / ROWS;
			double noise = 0.01 * (random.nextDouble() - 0.5);
			line[i] = 2 * x[i] + 1 + noise;
			decay[i] = 3 * Math.exp(-1.5 * x[i]) + 0.5 + noise;
		}
		this.linear = problem(compiler, "a*x + b", List.of("a", "b"), data(x, line), 0.0, 0.0);
		this.nonlinear = problem(compiler, "a*exp(-b*x) + c", List.of("a", "b", "c"), data(x, decay), 1.0, 1.0, 0.0);
	}

	private static FitData data(double[] x, double[] y) {
		Map<String, double[]> columns = new LinkedHashMap<>();
		columns.put("x", x);
		columns.put("y", y);
		return FitData.of(columns, "y");
	}

	private static FitProblem problem(ExpressionCompiler compiler, String model, List<String> parameters, FitData data,
			double... start) {
		return new FitProblem(compiler.compile(model, FitProblem.variables(parameters, data)), parameters,
				Point.of(start), data, Loss.MSE, Loss.DEFAULT_HUBER_DELTA,
				OptimizerSettings.defaults(Method.ADAM).withLearningRate(0.01), GradientSettings.EXACT,
				FitStopping.ALL_EPOCHS, 32, 1, 7L);
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public FitResult linearModel() {
		return this.optimizer.fit(this.linear);
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public FitResult nonlinearModel() {
		return this.optimizer.fit(this.nonlinear);
	}

}
