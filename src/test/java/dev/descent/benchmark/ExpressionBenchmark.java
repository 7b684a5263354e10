package dev.descent.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import dev.descent.expression.Evaluator;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One evaluation, and one gradient, of each {@link BenchmarkFunction} by exp4j, by our
 * compiled form and (values only) by the same function written by hand in Java. Every
 * call moves to the next of 16 nearby points, so that nothing is constant. Central
 * differences take one value and \(2n\) shifted values, as {@code Objective} does.
 *
 * <p>
 * Run with {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.args="ExpressionBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExpressionBenchmark {

	private static final double H = 1e-7;

	private static final int POINTS = 16;

	@Param({ "SQUARE", "ROSENBROCK", "ROSENBROCK_100", "MIXED_20" })
	private BenchmarkFunction function;

	private String[] names;

	private double[][] points;

	private int next;

	private double[] shifted;

	private double[] gradient;

	private Expression exp4j;

	private Evaluator compiled;

	private ToDoubleFunction<double[]> handWritten;

	@Setup
	public void setUp() {
		List<String> variables = this.function.variables();
		this.names = variables.toArray(String[]::new);
		this.points = this.function.points(POINTS);
		this.shifted = new double[variables.size()];
		this.gradient = new double[variables.size()];
		this.exp4j = new ExpressionBuilder(this.function.text()).variables(this.names).build();
		this.compiled = new ExpressionCompiler(ExpressionLimits.DEFAULTS).compile(this.function.text(), variables)
			.evaluator();
		this.handWritten = this.function.handWritten();
		for (double[] point : this.points) {
			double expected = this.compiled.value(point);
			if (Double.compare(expected, this.handWritten.applyAsDouble(point)) != 0
					|| Double.compare(expected, exp4j(point)) != 0) {
				throw new IllegalStateException(this.function + " is not the same function in all three forms");
			}
		}
	}

	private double[] nextPoint() {
		this.next = (this.next + 1) & (POINTS - 1);
		return this.points[this.next];
	}

	@Benchmark
	public double valueExp4j() {
		return exp4j(nextPoint());
	}

	@Benchmark
	public double valueCompiled() {
		return this.compiled.value(nextPoint());
	}

	@Benchmark
	public double valueHandWritten() {
		return this.handWritten.applyAsDouble(nextPoint());
	}

	@Benchmark
	public void gradientCentralExp4j(Blackhole blackhole) {
		double[] point = nextPoint();
		double value = exp4j(point);
		for (int i = 0; i < point.length; i++) {
			this.exp4j.setVariable(this.names[i], point[i] + H);
			double above = this.exp4j.evaluate();
			this.exp4j.setVariable(this.names[i], point[i] - H);
			double below = this.exp4j.evaluate();
			this.gradient[i] = (above - below) / (2 * H);
			this.exp4j.setVariable(this.names[i], point[i]);
		}
		blackhole.consume(value);
		blackhole.consume(this.gradient);
	}

	@Benchmark
	public void gradientCentralCompiled(Blackhole blackhole) {
		double[] point = nextPoint();
		double value = this.compiled.value(point);
		double[] shifted = this.shifted;
		System.arraycopy(point, 0, shifted, 0, shifted.length);
		for (int i = 0; i < shifted.length; i++) {
			shifted[i] = point[i] + H;
			double above = this.compiled.value(shifted);
			shifted[i] = point[i] - H;
			double below = this.compiled.value(shifted);
			this.gradient[i] = (above - below) / (2 * H);
			shifted[i] = point[i];
		}
		blackhole.consume(value);
		blackhole.consume(this.gradient);
	}

	@Benchmark
	public void gradientExact(Blackhole blackhole) {
		blackhole.consume(this.compiled.valueAndGradient(nextPoint(), this.gradient));
		blackhole.consume(this.gradient);
	}

	private double exp4j(double[] point) {
		for (int i = 0; i < point.length; i++) {
			this.exp4j.setVariable(this.names[i], point[i]);
		}
		return this.exp4j.evaluate();
	}

}
