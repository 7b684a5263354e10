package dev.descent.optimization;

import dev.descent.expression.CompiledExpression;

/**
 * The exact gradient beside the central-difference one at a point, and how far apart they
 * are: \(\lVert g_{\text{exact}} - g_{\text{central}} \rVert_2 / \max(\lVert
 * g_{\text{exact}} \rVert_2, 1)\). Shows a client how far differences would lead it
 * astray.
 *
 * @param exact the gradient by automatic differentiation
 * @param central the gradient by central differences
 * @param h the difference step
 * @param relativeDifference their distance relative to the exact gradient's norm (at
 * least 1)
 */
public record GradientCheck(Point exact, Point central, double h, double relativeDifference) {

	/**
	 * Computes both gradients at a point.
	 * @param expression the function
	 * @param point where
	 * @param h the difference step
	 * @return the comparison
	 */
	public static GradientCheck at(CompiledExpression expression, double[] point, double h) {
		double[] exact = new double[expression.dimension()];
		double[] central = new double[expression.dimension()];
		new Objective(expression, GradientSettings.EXACT).valueAndGradient(point, exact);
		new Objective(expression, GradientSettings.central(h)).valueAndGradient(point, central);
		double difference = Vectors.distance(exact, central) / Math.max(Vectors.norm(exact), 1.0);
		return new GradientCheck(Point.of(exact), Point.of(central), h, difference);
	}

}
