package dev.descent.optimization.multistart;

/**
 * A pseudo-random permutation of \(\{0, \dots, n-1\}\) that is computed one element at a
 * time, in constant memory: a four-round Feistel network on \(2b\)-bit words, with
 * \(2^{2b}\) the smallest even power of two of at least \(n\), restricted to the first
 * \(n\) words by cycle walking (applying the network again while the result is \(\ge
 * n\)). A Feistel network is a bijection whatever its round function, and cycle walking
 * keeps a bijection a bijection on any subset; since \(2^{2b} < 4n\), fewer than four
 * rounds of walking are needed on average.
 */
final class Permutation {

	private static final int ROUNDS = 4;

	private final long size;

	private final int halfBits;

	private final long mask;

	private final long[] keys = new long[ROUNDS];

	/**
	 * Creates the permutation of a seed.
	 * @param size \(n\), at least 1
	 * @param seed the seed of its round keys
	 */
	Permutation(long size, long seed) {
		int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
		bits += bits & 1;
		this.size = size;
		this.halfBits = bits / 2;
		this.mask = (1L << this.halfBits) - 1;
		for (int round = 0; round < ROUNDS; round++) {
			this.keys[round] = Seeds.word(seed, round);
		}
	}

	/**
	 * Returns \(\pi(i)\).
	 * @param index \(i\), in \([0, n)\)
	 * @return its image, in \([0, n)\)
	 */
	long apply(long index) {
		long value = index;
		do {
			value = encrypt(value);
		}
		while (value >= this.size);
		return value;
	}

	private long encrypt(long value) {
		long left = value >>> this.halfBits;
		long right = value & this.mask;
		for (long key : this.keys) {
			long next = left ^ (Seeds.mix(right ^ key) & this.mask);
			left = right;
			right = next;
		}
		return (left << this.halfBits) | right;
	}

}
