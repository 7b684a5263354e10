package dev.descent.optimization;

/**
 * How a run ended. The same set for every optimizer, for multi-start and for fitting.
 */
public enum Status {

	/** A convergence criterion held; which one is reported beside the status. */
	CONVERGED,

	/** The step budget ran out before any criterion held. */
	MAX_STEPS,

	/**
	 * The value grew by orders of magnitude over its start, or the iterate or the value
	 * overflowed. Sticky: a run that diverged says so even if it later stops moving.
	 */
	DIVERGED,

	/**
	 * The value or the gradient became NaN or \(-\infty\), as outside a function's
	 * domain.
	 */
	NON_FINITE,

	/**
	 * The iterates stopped moving (by the step or value criterion, or a line search that
	 * finds no decrease) while the gradient is still far from zero: not a minimum.
	 */
	STALLED,

	/** The request's deadline passed; the result is the best found by then. */
	DEADLINE,

	/** The client went away or the run was stopped from outside. */
	CANCELLED

}
