package dev.descent.optimization;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.Evaluator;

/**
 * The function being minimized, as one run sees it: values and gradients by the chosen
 * method, with a count of the work done. One per run and thread; not thread-safe.
 */
public final class Objective {

	private final Evaluator evaluator;

	private final GradientSettings gradient;

	private final double[] shifted;

	private long evaluations;

	private long gradientEvaluations;

	/**
	 * Creates the objective of one run.
	 * @param expression the compiled function
	 * @param gradient how gradients are computed
	 */
	public Objective(CompiledExpression expression, GradientSettings gradient) {
		this.evaluator = expression.evaluator();
		this.gradient = gradient;
		this.shifted = new double[expression.dimension()];
	}

	public int dimension() {
		return this.shifted.length;
	}

	/**
	 * Evaluates the function.
	 * @param point where
	 * @return the value
	 */
	public double value(double[] point) {
		this.evaluations++;
		return this.evaluator.value(point);
	}

	/**
	 * Evaluates the function and its gradient. Differences follow the reference algorithm
	 * to the last bit: coordinate \(i\) is shifted to \(x_i + h\) and \(x_i - h\) in a
	 * copy of the point, and the quotient is \((f_+ - f_-) / (2h)\).
	 * @param point where
	 * @param gradient receives the gradient
	 * @return the value
	 */
	public double valueAndGradient(double[] point, double[] gradient) {
		this.gradientEvaluations++;
		if (this.gradient.method() == GradientMethod.EXACT) {
			this.evaluations++;
			return this.evaluator.valueAndGradient(point, gradient);
		}
		double value = value(point);
		double h = this.gradient.h();
		double[] shifted = this.shifted;
		System.arraycopy(point, 0, shifted, 0, shifted.length);
		for (int i = 0; i < shifted.length; i++) {
			double original = shifted[i];
			shifted[i] = original + h;
			double above = value(shifted);
			if (this.gradient.method() == GradientMethod.CENTRAL) {
				shifted[i] = original - h;
				double below = value(shifted);
				gradient[i] = (above - below) / (2 * h);
			}
			else {
				gradient[i] = (above - value) / h;
			}
			shifted[i] = original;
		}
		return value;
	}

	/**
	 * Returns the number of function evaluations so far, those inside difference
	 * quotients included.
	 * @return the count
	 */
	public long evaluations() {
		return this.evaluations;
	}

	/**
	 * Returns the number of gradients computed so far.
	 * @return the count
	 */
	public long gradientEvaluations() {
		return this.gradientEvaluations;
	}

}
