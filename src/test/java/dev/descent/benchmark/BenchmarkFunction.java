package dev.descent.benchmark;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The functions the benchmarks compare, each as text for exp4j and our compiler, and
 * written by hand in Java with the same operations in the same order (so {@code x^3} is
 * {@code Math.pow(x, 3)}, as the text means, and {@code x^2} is {@code x*x}, as we
 * compile it).
 */
public enum BenchmarkFunction {

	/** \(x^2 + 1\), the smallest case, where any overhead shows. */
	SQUARE("x^2 + 1", List.of("x"), (p) -> p[0] * p[0] + 1, new double[] { -3 }),

	/** Rosenbrock's function in two variables. */
	ROSENBROCK("100*(y - x^2)^2 + (1 - x)^2", List.of("x", "y"), BenchmarkFunction::rosenbrock,
			new double[] { -1.2, 1 }),

	/**
	 * The extended Rosenbrock function in 100 variables, \(\sum_{i=1}^{99} 100 (x_{i+1} -
	 * x_i^2)^2 + (1 - x_i)^2\).
	 */
	ROSENBROCK_100(extendedRosenbrock(100), names(100), BenchmarkFunction::extendedRosenbrock,
			IntStream.range(0, 100).mapToDouble((i) -> (i % 2 == 0) ? -1.2 : 1).toArray()),

	/** Twenty terms mixing {@code sin}, {@code exp}, {@code log} and powers. */
	MIXED_20(
			"sin(x) + exp(-(y^2)) + log(1 + z^2) + x^3 + sin(x*y) + exp(z/4) + log(2 + sin(w)) + (x - y)^2"
					+ " + sin(z)^2 + exp(x*w/8) + log(1 + x^2 + y^2) + w^4/24 + sin(x + y + z) + exp(-((w - 1)^2))"
					+ " + log(3 + cos(x)) + (y*z)^3/10 + sin(2*w)*x + exp(sin(y)) + log(4 + w^2)*z + x^2*y^2*z^2",
			List.of("x", "y", "z", "w"), BenchmarkFunction::mixed, new double[] { 0.5, -0.3, 0.8, 1.2 });

	private final String text;

	private final List<String> variables;

	private final ToDoubleFunction<double[]> handWritten;

	private final double[] start;

	BenchmarkFunction(String text, List<String> variables, ToDoubleFunction<double[]> handWritten, double[] start) {
		this.text = text;
		this.variables = variables;
		this.handWritten = handWritten;
		this.start = start;
	}

	String text() {
		return this.text;
	}

	List<String> variables() {
		return this.variables;
	}

	ToDoubleFunction<double[]> handWritten() {
		return this.handWritten;
	}

	/**
	 * Returns points near the start, each coordinate moved by less than \(10^{-3}\), so
	 * that nothing can be folded into a constant.
	 * @param count how many
	 * @return the points
	 */
	double[][] points(int count) {
		double[][] points = new double[count][];
		for (int j = 0; j < count; j++) {
			points[j] = this.start.clone();
			for (int i = 0; i < points[j].length; i++) {
				points[j][i] += 1e-3 * ((j * 7 + i * 3) % count) / count;
			}
		}
		return points;
	}

	private static double rosenbrock(double[] p) {
		double a = p[1] - p[0] * p[0];
		double b = 1 - p[0];
		return 100 * (a * a) + b * b;
	}

	private static double extendedRosenbrock(double[] p) {
		double sum = 0;
		for (int i = 0; i + 1 < p.length; i++) {
			double a = p[i + 1] - p[i] * p[i];
			double b = 1 - p[i];
			sum = sum + 100 * (a * a) + b * b;
		}
		return sum;
	}

	private static double mixed(double[] p) {
		double x = p[0];
		double y = p[1];
		double z = p[2];
		double w = p[3];
		double sinZ = Math.sin(z);
		return Math.sin(x) + Math.exp(-(y * y)) + Math.log(1 + z * z) + Math.pow(x, 3) + Math.sin(x * y)
				+ Math.exp(z / 4) + Math.log(2 + Math.sin(w)) + (x - y) * (x - y) + sinZ * sinZ + Math.exp(x * w / 8)
				+ Math.log(1 + x * x + y * y) + Math.pow(w, 4) / 24 + Math.sin(x + y + z)
				+ Math.exp(-((w - 1) * (w - 1))) + Math.log(3 + Math.cos(x)) + Math.pow(y * z, 3) / 10
				+ Math.sin(2 * w) * x + Math.exp(Math.sin(y)) + Math.log(4 + w * w) * z + (x * x) * (y * y) * (z * z);
	}

	private static String extendedRosenbrock(int dimension) {
		return IntStream.range(1, dimension)
			.mapToObj((i) -> "100*(x" + (i + 1) + " - x" + i + "^2)^2 + (1 - x" + i + ")^2")
			.collect(Collectors.joining(" + "));
	}

	private static List<String> names(int dimension) {
		return IntStream.rangeClosed(1, dimension).mapToObj((i) -> "x" + i).toList();
	}

}
