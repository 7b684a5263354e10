package dev.descent.plot;

import java.util.Locale;

/**
 * The colors of a heat map, from a deep blue for the lowest values through teal and green
 * to a pale yellow for the highest, so that valleys read as dark.
 */
final class Palette {

	private static final int[][] STOPS = { { 0x1b, 0x1f, 0x4b }, { 0x25, 0x4f, 0x8f }, { 0x1e, 0x8c, 0x8d },
			{ 0x5d, 0xbd, 0x6b }, { 0xf1, 0xe6, 0x6d } };

	/** The color of a region where the function has no finite value. */
	static final String UNDEFINED = "#d9d9d9";

	/** {@link #UNDEFINED} as an RGB integer. */
	static final int UNDEFINED_RGB = 0xd9d9d9;

	private Palette() {
	}

	/**
	 * The color at a fraction of the scale.
	 * @param fraction 0 for the lowest values, 1 for the highest; clamped
	 * @return the color as {@code #rrggbb}
	 */
	static String color(double fraction) {
		return String.format(Locale.ROOT, "#%06x", rgb(fraction));
	}

	/**
	 * The color at a fraction of the scale, as an RGB integer.
	 * @param fraction 0 for the lowest values, 1 for the highest; clamped
	 * @return the color as {@code 0xrrggbb}
	 */
	static int rgb(double fraction) {
		double t = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
		int i = Math.min(STOPS.length - 2, (int) t);
		double local = t - i;
		int rgb = 0;
		for (int c = 0; c < 3; c++) {
			rgb = (rgb << 8) | (int) Math.round(STOPS[i][c] + local * (STOPS[i + 1][c] - STOPS[i][c]));
		}
		return rgb;
	}

}
