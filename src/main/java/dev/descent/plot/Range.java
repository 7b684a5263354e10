package dev.descent.plot;

/**
 * A closed interval of an axis, finite and of positive length.
 *
 * @param min the lower end
 * @param max the upper end
 */
public record Range(double min, double max) {

	/** The largest magnitude an end may have, so that spans and margins stay finite. */
	static final double LARGEST = 1e300;

	public Range {
		if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
			throw new IllegalArgumentException("range [" + min + ", " + max + "] must be finite with min < max");
		}
	}

	/**
	 * The smallest range that holds the finite values given, widened by a margin on each
	 * side. A single value, or none, gets a range of length 2 around it (or around 0).
	 * @param values the values; those that are not finite are ignored
	 * @param margin the margin on each side, as a fraction of the values' span
	 * @return the range
	 */
	public static Range covering(double[] values, double margin) {
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			if (Double.isFinite(value)) {
				low = Math.min(low, clamp(value));
				high = Math.max(high, clamp(value));
			}
		}
		if (low > high) {
			return new Range(-1, 1);
		}
		double center = low / 2 + high / 2;
		double half = high / 2 - low / 2;
		if (half <= Math.ulp(center) * 16) {
			half = Math.max(1.0, Math.abs(center) / 2);
		}
		else {
			half *= 1 + 2 * margin;
		}
		return new Range(clamp(center - half), clamp(center + half));
	}

	private static double clamp(double value) {
		return Math.max(-LARGEST, Math.min(LARGEST, value));
	}

	public double span() {
		return this.max - this.min;
	}

	/**
	 * Where a value lies in the range: 0 at {@code min}, 1 at {@code max}.
	 * @param value the value
	 * @return its fraction, outside [0, 1] when the value is outside the range
	 */
	public double fraction(double value) {
		return (value - this.min) / span();
	}

	/**
	 * The value at a fraction of the range.
	 * @param fraction 0 for {@code min}, 1 for {@code max}
	 * @return the value
	 */
	public double at(double fraction) {
		return this.min + fraction * span();
	}

}
