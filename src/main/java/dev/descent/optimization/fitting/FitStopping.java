package dev.descent.optimization.fitting;

import dev.descent.optimization.Criterion;
import dev.descent.optimization.StoppingCriteria;

/**
 * When a fit stops before its last epoch. After each epoch the loss over the whole data
 * set, \(L_e\), is compared with the lowest before it (the loss at the start included),
 * \(L_{\text{best}}\): the epoch improved when \(L_e < L_{\text{best}} - \text{tolerance}
 * \cdot \max(1, |L_{\text{best}}|)\). After {@code patience} epochs in a row without
 * improvement the fit has converged, by {@link Criterion#LOSS_PLATEAU}. A tolerance of 0
 * switches this criterion off, and the fit runs all its epochs.
 *
 * @param tolerance the least relative improvement that counts, zero or positive
 * @param patience how many epochs in a row may fail to improve, at least 1
 * @param divergenceFactor the fit diverges, and stops, when \(L_e > L_0 + \text{factor}
 * \cdot \max(1, |L_0|)\), \(L_0\) being the loss at the start
 */
public record FitStopping(double tolerance, int patience, double divergenceFactor) {

	/** The patience when none is given. */
	public static final int DEFAULT_PATIENCE = 5;

	/** Every epoch, unless the fit diverges. */
	public static final FitStopping ALL_EPOCHS = new FitStopping(0.0, DEFAULT_PATIENCE,
			StoppingCriteria.DEFAULT_DIVERGENCE_FACTOR);

	public FitStopping {
		if (!(tolerance >= 0.0) || !Double.isFinite(tolerance)) {
			throw new IllegalArgumentException("'tolerance' must be zero or positive and finite");
		}
		if (patience < 1) {
			throw new IllegalArgumentException("'patience' must be positive");
		}
		if (!(divergenceFactor > 0.0) || !Double.isFinite(divergenceFactor)) {
			throw new IllegalArgumentException("'divergenceFactor' must be positive and finite");
		}
	}

}
