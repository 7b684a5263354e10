package dev.descent.optimization.multistart;

import dev.descent.optimization.Point;

/**
 * A local minimum found by one or more starts that converged within the merging tolerance
 * of each other.
 *
 * @param point the lowest point any of its starts reached
 * @param value the value there
 * @param start the index of the start that reached it
 * @param count how many converged starts were merged into this minimum
 */
public record Minimum(Point point, double value, int start, int count) {

	/**
	 * Whether this minimum's point is better than another's: lower value, then lower
	 * start index.
	 * @param other the other minimum
	 * @return {@code true} if this one comes first
	 */
	boolean isBetterThan(Minimum other) {
		int byValue = Double.compare(this.value, other.value);
		return (byValue != 0) ? byValue < 0 : this.start < other.start;
	}

	/**
	 * Merges another minimum into this one.
	 * @param other the other minimum
	 * @return the better point of the two, with the counts added
	 */
	Minimum absorb(Minimum other) {
		Minimum better = other.isBetterThan(this) ? other : this;
		return new Minimum(better.point, better.value, better.start, this.count + other.count);
	}

}
