package dev.descent.optimization;

/**
 * The convergence criteria of {@link StoppingCriteria}.
 */
public enum Criterion {

	/** \(\lVert \nabla f(x_k) \rVert_2 \le\) the gradient tolerance. */
	GRADIENT_NORM,

	/**
	 * \(\lVert x_{k+1} - x_k \rVert_2 \le\) the step tolerance times \(\max(1, \lVert x_k
	 * \rVert_2)\).
	 */
	STEP_SIZE,

	/** \(|f(x_{k+1}) - f(x_k)| \le\) the value tolerance times \(\max(1, |f(x_k)|)\). */
	VALUE_CHANGE,

	/**
	 * Fitting: the loss over the whole data set after an epoch fell below the lowest one
	 * before it, \(L_{\text{best}}\), by no more than the tolerance times \(\max(1,
	 * |L_{\text{best}}|)\), for {@code patience} epochs in a row.
	 */
	LOSS_PLATEAU

}
