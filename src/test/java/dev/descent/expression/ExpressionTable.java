package dev.descent.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Expressions that together use every operator, built-in function and constant of the
 * language, each with a box inside its domain from which test points are drawn. The boxes
 * keep clear of poles, of the edges of domains and of the jumps of {@code floor},
 * {@code ceil}, {@code signum} and {@code %}, so that difference quotients are meaningful
 * there.
 */
final class ExpressionTable {

	static final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	private static final List<String> X = List.of("x");

	private static final List<String> XY = List.of("x", "y");

	private static final List<String> XYZ = List.of("x", "y", "z");

	private static final List<String> XYZW = List.of("x", "y", "z", "w");

	private static final List<Entry> ENTRIES = List.of(new Entry("x^2 + 1", X, -3, 3),
			new Entry("x^2 + y^2", XY, -5, 5), new Entry("x*y", XY, -5, 5), new Entry("3*x - 2*y", XY, -5, 5),
			new Entry("x/y", XY, 1, 3), new Entry("x^3 - 2*x*y + y^2", XY, -2, 2), new Entry("x^y", XY, 0.5, 2),
			new Entry("pow(x, 2.5) + pow(2, y)", XY, 0.5, 3), new Entry("x^0.5 + y^-1.5", XY, 0.5, 3),
			new Entry("-x + -(y*z)", XYZ, -3, 3), new Entry("-(x^2) - -y", XY, -3, 3),
			new Entry("(x + 5) % (y + 2)", XY, 0.1, 0.4), new Entry("sin(x)*cos(y)", XY, -3, 3),
			new Entry("tan(x) + cot(y)", XY, 0.2, 1.2), new Entry("asin(x) + acos(y)", XY, -0.9, 0.9),
			new Entry("atan(x*y)", XY, -3, 3), new Entry("sinh(x) - cosh(y) + tanh(z)", XYZ, -2, 2),
			new Entry("exp(x) + expm1(y)", XY, -2, 2), new Entry("log(x) + log1p(y)", XY, 0.1, 5),
			new Entry("log2(x) * log10(y)", XY, 0.1, 5), new Entry("sqrt(x) + cbrt(y)", XY, 0.1, 5),
			new Entry("cbrt(x - 10)", X, -3, 3), new Entry("abs(x - y) * z", XYZ, -3, 3),
			new Entry("x*floor(y) + ceil(x)*y", XY, 1.1, 1.9), new Entry("signum(x)*x^2 + signum(y)*y", XY, 0.5, 2),
			new Entry("pi*x^2 + e*y", XY, -3, 3), new Entry("100*(y - x^2)^2 + (1 - x)^2", XY, -1.5, 1.5),
			new Entry("sin(x*y) + exp(-z^2)*log(1 + w^2)", XYZW, -2, 2),
			new Entry("sqrt(x^2 + y^2 + z^2)", XYZ, 0.5, 3), new Entry("(x + y)*(z - w)/(1 + x^2)", XYZW, -3, 3),
			new Entry("exp(sin(x)) * cos(exp(y))", XY, -1, 1), new Entry("2^x + x^x", X, 0.5, 2),
			new Entry("tanh(x*y - z) * w", XYZW, -2, 2), new Entry("log(exp(x) + exp(y))", XY, -3, 3),
			new Entry("x*x*x - y/(z*w)", XYZW, 1, 2), new Entry("atan(y/x) + asin(x/4)", XY, 0.5, 3),
			new Entry("sin(x)^2 + cos(x)^2", X, -3, 3), new Entry("(x - 1)^4 / 4 - x*e^(-y)", XY, -2, 2));

	private ExpressionTable() {
	}

	static Stream<Entry> entries() {
		return ENTRIES.stream();
	}

	static List<Entry> all() {
		return ENTRIES;
	}

	/**
	 * An expression with the box its points come from.
	 *
	 * @param text the expression
	 * @param variables its variables
	 * @param low the lower bound of every coordinate
	 * @param high the upper bound of every coordinate
	 */
	record Entry(String text, List<String> variables, double low, double high) {

		CompiledExpression compile() {
			return compiler.compile(this.text, this.variables);
		}

		/**
		 * Draws points uniformly from the box, the same ones for the same seed.
		 * @param seed the seed
		 * @param count how many
		 * @return the points
		 */
		List<double[]> points(long seed, int count) {
			Random random = new Random(seed ^ this.text.hashCode());
			List<double[]> points = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				double[] point = new double[this.variables.size()];
				for (int k = 0; k < point.length; k++) {
					point[k] = this.low + (this.high - this.low) * random.nextDouble();
				}
				points.add(point);
			}
			return points;
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
