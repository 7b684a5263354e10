package dev.descent.optimization;

/**
 * When a run stops. A tolerance of 0 switches its criterion off; with every criterion off
 * and divergence stopping off, a run takes exactly {@code maxSteps} updates unless its
 * values stop being finite numbers.
 *
 * <p>
 * The step and value criteria detect that the iterates stopped moving, which is not the
 * same as a minimum: when one of them holds, the run counts as {@link Status#CONVERGED
 * converged} only if the gradient norm is at most \(10^{-3} \max(1, |f(x)|)\), and as
 * {@link Status#STALLED stalled} otherwise.
 *
 * @param maxSteps the most updates
 * @param gradientTolerance the bound on \(\lVert \nabla f \rVert_2\), absolute
 * @param stepTolerance the bound on the step length, relative to \(\max(1, \lVert x
 * \rVert)\)
 * @param valueTolerance the bound on the change of value, relative to \(\max(1, |f|)\)
 * @param stopOnDivergence whether a diverging run stops as soon as it is seen to diverge
 * @param divergenceFactor a run diverges when \(f(x_k) > f(x_0) + \text{factor} \cdot
 * \max(1, |f(x_0)|)\)
 */
public record StoppingCriteria(int maxSteps, double gradientTolerance, double stepTolerance, double valueTolerance,
		boolean stopOnDivergence, double divergenceFactor) {

	/**
	 * Below this ratio of gradient norm to \(\max(1, |f|)\) a run that stopped moving has
	 * converged.
	 */
	static final double STATIONARITY = 1e-3;

	/** The factor of growth over the start value that counts as divergence by default. */
	public static final double DEFAULT_DIVERGENCE_FACTOR = 1e6;

	public StoppingCriteria {
		if (maxSteps < 0) {
			throw new IllegalArgumentException("'maxSteps' must not be negative");
		}
		requireTolerance(gradientTolerance, "gradientTolerance");
		requireTolerance(stepTolerance, "stepTolerance");
		requireTolerance(valueTolerance, "valueTolerance");
		if (!(divergenceFactor > 0.0) || !Double.isFinite(divergenceFactor)) {
			throw new IllegalArgumentException("'divergenceFactor' must be positive and finite");
		}
	}

	/**
	 * No criterion but the step budget, as in the reference algorithm.
	 * @param maxSteps the number of updates
	 * @return the criteria
	 */
	public static StoppingCriteria fixedSteps(int maxSteps) {
		return new StoppingCriteria(maxSteps, 0.0, 0.0, 0.0, false, DEFAULT_DIVERGENCE_FACTOR);
	}

	private static void requireTolerance(double value, String name) {
		if (!(value >= 0.0) || !Double.isFinite(value)) {
			throw new IllegalArgumentException("'" + name + "' must be zero or positive and finite");
		}
	}

}
