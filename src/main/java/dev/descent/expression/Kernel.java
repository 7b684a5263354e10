package dev.descent.expression;

/**
 * The code that evaluates one {@link CompiledExpression}: either the interpreter over its
 * instruction arrays, which is the reference, or a class generated for it by
 * {@link BytecodeGenerator}, which computes the same results bit for bit. A kernel keeps
 * no state: the scratch arrays it is handed belong to one {@link Evaluator}, and so to
 * one thread.
 */
abstract class Kernel {

	/**
	 * Evaluates the expression.
	 * @param point the variables' values
	 * @param values scratch space, one entry per instruction
	 * @return the value
	 */
	abstract double value(double[] point, double[] values);

	/**
	 * Evaluates the expression and its gradient by reverse-mode differentiation.
	 * @param point the variables' values
	 * @param gradient receives the partial derivatives; entries past the last variable
	 * are set to zero
	 * @param values scratch space, one entry per instruction
	 * @param adjoints scratch space, one entry per instruction
	 * @return the value
	 */
	abstract double valueAndGradient(double[] point, double[] gradient, double[] values, double[] adjoints);

}
