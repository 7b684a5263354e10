package dev.descent.expression;

/**
 * One thread's means of evaluating a {@link CompiledExpression}: the expression itself is
 * shared and immutable, the evaluator holds the scratch arrays that make evaluation free
 * of allocation. Cheap to create; not thread-safe.
 */
public final class Evaluator {

	private final CompiledExpression expression;

	private final double[] values;

	private final double[] adjoints;

	Evaluator(CompiledExpression expression) {
		this.expression = expression;
		this.values = new double[expression.size()];
		this.adjoints = new double[expression.size()];
	}

	public CompiledExpression expression() {
		return this.expression;
	}

	/**
	 * Evaluates the expression at a point.
	 * @param point the variables' values, in the order of
	 * {@link CompiledExpression#variables()}
	 * @return the value, possibly infinite or NaN
	 */
	public double value(double[] point) {
		return this.expression.forward(point, this.values);
	}

	/**
	 * Evaluates the expression and its exact gradient at a point, in one forward and one
	 * backward sweep.
	 * @param point the variables' values
	 * @param gradient receives the partial derivatives, one per variable
	 * @return the value
	 */
	public double valueAndGradient(double[] point, double[] gradient) {
		double value = this.expression.forward(point, this.values);
		this.expression.backward(this.values, this.adjoints, gradient);
		return value;
	}

}
