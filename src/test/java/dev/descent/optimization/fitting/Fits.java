package dev.descent.optimization.fitting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;

/**
 * Problems and data sets for the fitting tests: a fluent description of a fit with
 * defaults for everything a test does not care about.
 *
 * @param model the model text
 * @param parameters the parameter names
 * @param start the initial parameters
 * @param data the data set
 * @param loss the loss
 * @param batchSize rows per batch
 * @param epochs passes over the data
 * @param seed the shuffle seed
 * @param optimizer the optimizer
 * @param gradient the gradient method
 * @param stopping the stopping rules
 */
record Fits(String model, List<String> parameters, double[] start, FitData data, Loss loss, int batchSize, int epochs,
		long seed, OptimizerSettings optimizer, GradientSettings gradient, FitStopping stopping) {

	static final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	static Fits of(String model, List<String> parameters, FitData data, double... start) {
		return new Fits(model, parameters, start, data, Loss.MSE, 32, 100, 7L,
				OptimizerSettings.defaults(Method.GRADIENT_DESCENT), GradientSettings.EXACT, FitStopping.ALL_EPOCHS);
	}

	Fits loss(Loss loss) {
		return new Fits(this.model, this.parameters, this.start, this.data, loss, this.batchSize, this.epochs,
				this.seed, this.optimizer, this.gradient, this.stopping);
	}

	Fits batches(int batchSize, int epochs) {
		return new Fits(this.model, this.parameters, this.start, this.data, this.loss, batchSize, epochs, this.seed,
				this.optimizer, this.gradient, this.stopping);
	}

	Fits seed(long seed) {
		return new Fits(this.model, this.parameters, this.start, this.data, this.loss, this.batchSize, this.epochs,
				seed, this.optimizer, this.gradient, this.stopping);
	}

	Fits optimizer(Method method, double learningRate) {
		return new Fits(this.model, this.parameters, this.start, this.data, this.loss, this.batchSize, this.epochs,
				this.seed, OptimizerSettings.defaults(method).withLearningRate(learningRate), this.gradient,
				this.stopping);
	}

	Fits gradient(GradientSettings gradient) {
		return new Fits(this.model, this.parameters, this.start, this.data, this.loss, this.batchSize, this.epochs,
				this.seed, this.optimizer, gradient, this.stopping);
	}

	Fits stopping(FitStopping stopping) {
		return new Fits(this.model, this.parameters, this.start, this.data, this.loss, this.batchSize, this.epochs,
				this.seed, this.optimizer, this.gradient, stopping);
	}

	FitProblem problem() {
		CompiledExpression compiled = compiler.compile(this.model, FitProblem.variables(this.parameters, this.data));
		return new FitProblem(compiled, this.parameters, Point.of(this.start), this.data, this.loss,
				Loss.DEFAULT_HUBER_DELTA, this.optimizer, this.gradient, this.stopping, this.batchSize, this.epochs,
				this.seed);
	}

	FitResult run() {
		return new MiniBatchSgdOptimizer().fit(problem());
	}

	/**
	 * Rows \((x_i, f(x_i) + \sigma z_i)\) with \(x\) evenly spaced over \([from, to]\)
	 * and \(z_i\) standard normal from a seeded generator.
	 */
	static FitData sampled(DoubleUnaryOperator f, int rows, double from, double to, double noise, long seed) {
		Random random = new Random(seed);
		double[] x = new double[rows];
		double[] y = new double[rows];
		for (int i = 0; i < rows; i++) {
			x[i] = from + (to - from) * i / (rows - 1);
			y[i] = f.applyAsDouble(x[i]) + noise * random.nextGaussian();
		}
		return columns("x", x, "y", y);
	}

	static FitData columns(String xName, double[] x, String yName, double[] y) {
		Map<String, double[]> columns = new LinkedHashMap<>();
		columns.put(xName, x);
		columns.put(yName, y);
		return FitData.of(columns, yName);
	}

	static FitData targets(double... y) {
		return FitData.of(Map.of("y", y), "y");
	}

}
