package dev.descent.optimization.multistart;

/**
 * How the start points of a multi-start run are spread over the box \(\prod_i [l_i,
 * u_i]\). Every scheme gives start \(j\) a point that depends only on the seed, \(j\)
 * and, for the Latin hypercube, the number of sampled starts of the whole run, so that
 * any slice of a run can be computed on its own.
 */
public enum Sampling {

	/**
	 * Independent uniform points: coordinate \(d\) of start \(j\) is \(l_d + (u_d - l_d)
	 * U_{j,d}\) with \(U_{j,d}\) a hash of (seed, \(j\), \(d\)). Easy to reason about,
	 * but clusters and gaps are common with few starts.
	 */
	UNIFORM,

	/**
	 * A Latin hypercube over the \(N\) sampled starts of the whole run: each axis is cut
	 * into \(N\) equal strata and every stratum of every axis holds exactly one start.
	 * Start \(j\) lies in stratum \(\pi_d(j)\) of axis \(d\), where \(\pi_d\) is a
	 * pseudo-random permutation of \(\{0, \dots, N-1\}\) derived from the seed, at a
	 * uniform position inside it. Because the strata depend on \(N\), every slice of a
	 * run must declare the same total.
	 */
	LATIN_HYPERCUBE,

	/**
	 * Sobol's low-discrepancy sequence (Joe and Kuo's direction numbers, as in
	 * Hipparchus) with a random digital shift: the 52-bit binary fraction of each
	 * coordinate is XORed with a mask derived from the seed. The shift keeps the net
	 * structure that makes any prefix of the sequence cover the box evenly, and makes
	 * different seeds give different points. The default.
	 */
	SOBOL

}
