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

	private final Kernel kernel;

	Evaluator(CompiledExpression expression, Kernel kernel) {
		this.expression = expression;
		this.kernel = kernel;
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
		return this.kernel.value(point, this.values);
	}

	/**
	 * Evaluates the expression and its exact gradient at a point, in one forward and one
	 * backward sweep.
	 * @param point the variables' values
	 * @param gradient receives the partial derivatives, one per variable
	 * @return the value
	 */
	public double valueAndGradient(double[] point, double[] gradient) {
		return this.kernel.valueAndGradient(point, gradient, this.values, this.adjoints);
	}

}
