package dev.descent.optimization;

/**
 * How gradients are computed for a run.
 *
 * @param method the method
 * @param h the difference step of {@link GradientMethod#CENTRAL} and
 * {@link GradientMethod#FORWARD}; ignored by {@link GradientMethod#EXACT}
 */
public record GradientSettings(GradientMethod method, double h) {

	/** The difference step of the reference algorithm. */
	public static final double DEFAULT_STEP = 1e-7;

	/** Exact gradients, the default. */
	public static final GradientSettings EXACT = new GradientSettings(GradientMethod.EXACT, DEFAULT_STEP);

	public GradientSettings {
		if (method == null) {
			throw new IllegalArgumentException("'method' must not be null");
		}
		if (!(h > 0.0) || !Double.isFinite(h)) {
			throw new IllegalArgumentException("'h' must be positive and finite");
		}
	}

	/**
	 * Central differences with the given step.
	 * @param h the step
	 * @return the settings
	 */
	public static GradientSettings central(double h) {
		return new GradientSettings(GradientMethod.CENTRAL, h);
	}

}
