package dev.descent.optimization;

/**
 * How a gradient is computed.
 */
public enum GradientMethod {

	/**
	 * Exact, by reverse-mode automatic differentiation of the compiled expression: one
	 * forward and one backward sweep, whatever the number of variables.
	 */
	EXACT,

	/**
	 * Central differences, \(\partial_i f \approx (f(x + h e_i) - f(x - h e_i)) / 2h\):
	 * two evaluations per variable, error \(O(h^2)\) plus round-off of about \(\epsilon
	 * |f| / h\).
	 */
	CENTRAL,

	/**
	 * Forward differences, \(\partial_i f \approx (f(x + h e_i) - f(x)) / h\): one
	 * evaluation per variable, error \(O(h)\).
	 */
	FORWARD

}
