package dev.descent.optimization;

/**
 * The optimizers. Each is a rule that turns the gradient \(g_k = \nabla f(x_k)\) into the
 * next iterate; the loop around them (stopping, divergence, bounds) is shared.
 */
public enum Method {

	/** Plain gradient descent, \(x_{k+1} = x_k - \eta g_k\). */
	GRADIENT_DESCENT,

	/**
	 * Heavy-ball momentum, \(v_{k+1} = \mu v_k - \eta g_k\), \(x_{k+1} = x_k + v_{k+1}\).
	 */
	MOMENTUM,

	/**
	 * Nesterov's accelerated gradient in the form that needs the gradient at the current
	 * iterate only: \(v_{k+1} = \mu v_k - \eta g_k\), \(x_{k+1} = x_k + \mu v_{k+1} -
	 * \eta g_k\).
	 */
	NESTEROV,

	/**
	 * AdaGrad, \(G_{k+1} = G_k + g_k^2\), \(x_{k+1} = x_k - \eta g_k / (\sqrt{G_{k+1}} +
	 * \epsilon)\), per coordinate.
	 */
	ADAGRAD,

	/**
	 * RMSProp, \(E_{k+1} = \rho E_k + (1 - \rho) g_k^2\), \(x_{k+1} = x_k - \eta g_k /
	 * (\sqrt{E_{k+1}} + \epsilon)\), per coordinate.
	 */
	RMSPROP,

	/**
	 * Adam, \(m_{k+1} = \beta_1 m_k + (1-\beta_1) g_k\), \(v_{k+1} = \beta_2 v_k +
	 * (1-\beta_2) g_k^2\), and \(x_{k+1} = x_k - \eta \hat m / (\sqrt{\hat v} +
	 * \epsilon)\) with the bias-corrected \(\hat m = m_{k+1} / (1 - \beta_1^{k+1})\),
	 * \(\hat v = v_{k+1} / (1 - \beta_2^{k+1})\).
	 */
	ADAM,

	/**
	 * Gradient descent with a backtracking (Armijo) line search: starting from \(t =
	 * \eta\), the step shrinks by \(t \leftarrow \tau t\) until \(f(x_k - t g_k) \le
	 * f(x_k) - c\, t \lVert g_k \rVert^2\).
	 */
	LINE_SEARCH

}
