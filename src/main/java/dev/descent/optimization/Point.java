package dev.descent.optimization;

import java.util.Arrays;

/**
 * An immutable point of \(\mathbb{R}^n\): coordinates are copied in and out, and two
 * points are equal when their coordinates are equal bit for bit.
 */
public final class Point {

	private final double[] coordinates;

	private Point(double[] coordinates) {
		this.coordinates = coordinates;
	}

	/**
	 * Creates a point from a copy of the coordinates.
	 * @param coordinates the coordinates
	 * @return the point
	 */
	public static Point of(double... coordinates) {
		return new Point(coordinates.clone());
	}

	public int dimension() {
		return this.coordinates.length;
	}

	public double get(int index) {
		return this.coordinates[index];
	}

	/**
	 * Returns a copy of the coordinates.
	 * @return a new array
	 */
	public double[] toArray() {
		return this.coordinates.clone();
	}

	/**
	 * Returns the Euclidean distance to another point of the same dimension.
	 * @param other the other point
	 * @return \(\lVert p - q \rVert_2\)
	 */
	public double distanceTo(Point other) {
		return Vectors.distance(this.coordinates, other.coordinates);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Point point && Arrays.equals(this.coordinates, point.coordinates));
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.coordinates);
	}

	@Override
	public String toString() {
		return Arrays.toString(this.coordinates);
	}

}
