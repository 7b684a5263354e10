package dev.descent.optimization;

/**
 * A box \(\{x : l_i \le x_i \le u_i\}\). Projected descent keeps every iterate inside it
 * by clamping each coordinate after each update.
 */
public final class Bounds {

	private final double[] lower;

	private final double[] upper;

	private Bounds(double[] lower, double[] upper) {
		this.lower = lower;
		this.upper = upper;
	}

	/**
	 * Creates a box from copies of its corners.
	 * @param lower the lower bounds, all finite
	 * @param upper the upper bounds, all finite and no lower than the lower ones
	 * @return the box
	 */
	public static Bounds of(double[] lower, double[] upper) {
		if (lower.length != upper.length) {
			throw new IllegalArgumentException("'lower' and 'upper' must have the same length");
		}
		for (int i = 0; i < lower.length; i++) {
			if (!Double.isFinite(lower[i]) || !Double.isFinite(upper[i]) || lower[i] > upper[i]) {
				throw new IllegalArgumentException("bounds " + i + " must be finite with lower <= upper");
			}
		}
		return new Bounds(lower.clone(), upper.clone());
	}

	public int dimension() {
		return this.lower.length;
	}

	public double lower(int index) {
		return this.lower[index];
	}

	public double upper(int index) {
		return this.upper[index];
	}

	/**
	 * Clamps a point into the box, in place.
	 * @param point the point
	 */
	void project(double[] point) {
		for (int i = 0; i < point.length; i++) {
			point[i] = Math.min(this.upper[i], Math.max(this.lower[i], point[i]));
		}
	}

	/**
	 * The norm of the projected gradient: components that push out of the box at an
	 * active bound are dropped, so that a minimum on the boundary has projected gradient
	 * zero.
	 */
	double projectedGradientNorm(double[] point, double[] gradient) {
		return Vectors.norm(point.length, (i) -> projected(point, gradient, i));
	}

	/** Component {@code i} of the projected gradient, without a copy of the gradient. */
	private double projected(double[] point, double[] gradient, int i) {
		boolean outward = (point[i] <= this.lower[i] && gradient[i] > 0)
				|| (point[i] >= this.upper[i] && gradient[i] < 0);
		return outward ? 0.0 : gradient[i];
	}

	public boolean contains(double[] point) {
		for (int i = 0; i < point.length; i++) {
			if (!(point[i] >= this.lower[i] && point[i] <= this.upper[i])) {
				return false;
			}
		}
		return true;
	}

}
