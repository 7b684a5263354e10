package dev.descent.optimization;

/**
 * Told of every step of a run, as it happens. Used to stream progress; it may also stop
 * the run, which then ends with {@link Status#CANCELLED}.
 */
@FunctionalInterface
public interface ProgressListener {

	/** A listener that ignores everything. */
	ProgressListener NONE = (step, point, value, gradientNorm) -> true;

	/**
	 * Called after step {@code step} (0 for the start point).
	 * @param step the number of updates so far
	 * @param point the iterate; valid only during the call
	 * @param value its value
	 * @param gradientNorm the norm of its gradient
	 * @return {@code false} to stop the run
	 */
	boolean onStep(int step, double[] point, double value, double gradientNorm);

}
