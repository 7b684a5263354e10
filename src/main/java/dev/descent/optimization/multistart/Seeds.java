package dev.descent.optimization.multistart;

/**
 * Counter-based randomness: every number a run draws is a pure function of the run's seed
 * and the indices of what it is for (a purpose, a start, a dimension), never the next
 * value of a shared generator. So any start can be computed on any thread, in any order,
 * on any machine, with the same result.
 *
 * <p>
 * The mixing function is the finalizer of SplitMix64 (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014): \(z \leftarrow (z \oplus (z
 * \gg 30)) \cdot c_1\), \(z \leftarrow (z \oplus (z \gg 27)) \cdot c_2\), \(z \oplus (z
 * \gg 31)\), a bijection of 64-bit words that spreads every input bit over the output.
 * Stream \(s\) at position \(k\) is \(\text{mix}(s + (k + 1)\gamma)\) with \(\gamma\) the
 * odd constant \(\lfloor 2^{64} / \phi \rfloor\), which is how SplitMix64 itself walks.
 */
final class Seeds {

	/** The uniforms of {@link Sampling#UNIFORM}. */
	static final long UNIFORM = 1;

	/** The positions inside the strata of {@link Sampling#LATIN_HYPERCUBE}. */
	static final long JITTER = 2;

	/** The stratum permutations of {@link Sampling#LATIN_HYPERCUBE}. */
	static final long PERMUTATION = 3;

	/** The digital shift of {@link Sampling#SOBOL}. */
	static final long SHIFT = 4;

	private static final long GAMMA = 0x9E3779B97F4A7C15L;

	private static final double UNIT = 0x1.0p-53;

	private Seeds() {
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * The seed of one stream of a run, such as the uniforms of one start.
	 * @param seed the run's seed
	 * @param purpose what the stream is for
	 * @param index which one
	 * @return a well-mixed seed
	 */
	static long stream(long seed, long purpose, long index) {
		return mix(mix(seed + GAMMA * purpose) + GAMMA * (index + 1));
	}

	/**
	 * The word at a position of a stream.
	 * @param stream the stream's seed
	 * @param position the position
	 * @return 64 random bits
	 */
	static long word(long stream, long position) {
		return mix(stream + GAMMA * (position + 1));
	}

	/**
	 * A uniform number in \([0, 1)\) at a position of a stream: the top 53 bits of the
	 * word, scaled.
	 */
	static double unit(long stream, long position) {
		return (word(stream, position) >>> 11) * UNIT;
	}

}
