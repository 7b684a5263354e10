package dev.descent.plot;

/**
 * Contour lines of a grid of values by marching squares: in each cell, the corners above
 * a level are told from those below, and the line crosses each edge between the two where
 * linear interpolation puts the level. A cell with a corner that is not finite has no
 * line; at a saddle, the mean of the corners decides which corners connect.
 */
final class Contours {

	/**
	 * The edges of a cell; edge {@code e} joins corner {@code e} and corner
	 * {@code (e + 1) % 4}, corners counted counterclockwise from the bottom left.
	 */
	private static final int BOTTOM = 0;

	private static final int RIGHT = 1;

	private static final int TOP = 2;

	private static final int LEFT = 3;

	/**
	 * The pairs of edges the line joins, by which corners are above the level (bit 0
	 * bottom-left, 1 bottom-right, 2 top-right, 3 top-left); a case and its complement
	 * join the same edges. Saddles (5 and 10) are handled apart.
	 */
	private static final int[][] SEGMENTS = { {}, { LEFT, BOTTOM }, { BOTTOM, RIGHT }, { LEFT, RIGHT }, { RIGHT, TOP },
			{}, { BOTTOM, TOP }, { LEFT, TOP } };

	private Contours() {
	}

	static void draw(Svg svg, Frame frame, double[][] values, double[] levels) {
		int rows = values.length - 1;
		int columns = values[0].length - 1;
		svg.raw("<g class=\"contours\" clip-path=\"url(#frame)\" fill=\"none\" stroke=\"#ffffff\" "
				+ "stroke-opacity=\"0.55\" stroke-width=\"0.8\">\n");
		for (double level : levels) {
			svg.raw("<path d=\"");
			for (int j = 0; j < rows; j++) {
				for (int i = 0; i < columns; i++) {
					cell(svg, frame, values, i, j, level);
				}
			}
			svg.raw("\"/>\n");
		}
		svg.raw("</g>\n");
	}

	private static void cell(Svg svg, Frame frame, double[][] values, int i, int j, double level) {
		double[] corners = { values[j][i], values[j][i + 1], values[j + 1][i + 1], values[j + 1][i] };
		int index = 0;
		for (int c = 0; c < 4; c++) {
			if (!Double.isFinite(corners[c])) {
				return;
			}
			if (corners[c] > level) {
				index |= 1 << c;
			}
		}
		if (index == 5 || index == 10) {
			boolean centerAbove = (corners[0] + corners[1] + corners[2] + corners[3]) / 4 > level;
			boolean bottomLeftAbove = index == 5;
			if (centerAbove == bottomLeftAbove) {
				segment(svg, frame, corners, i, j, level, BOTTOM, RIGHT);
				segment(svg, frame, corners, i, j, level, TOP, LEFT);
			}
			else {
				segment(svg, frame, corners, i, j, level, LEFT, BOTTOM);
				segment(svg, frame, corners, i, j, level, RIGHT, TOP);
			}
			return;
		}
		int[] edges = SEGMENTS[(index < 8) ? index : 15 - index];
		if (edges.length == 2) {
			segment(svg, frame, corners, i, j, level, edges[0], edges[1]);
		}
	}

	private static void segment(Svg svg, Frame frame, double[] corners, int i, int j, double level, int from, int to) {
		double[] start = crossing(corners, i, j, level, from);
		double[] end = crossing(corners, i, j, level, to);
		svg.raw("M")
			.num(pixelX(frame, start[0]))
			.raw(" ")
			.num(pixelY(frame, start[1]))
			.raw("L")
			.num(pixelX(frame, end[0]))
			.raw(" ")
			.num(pixelY(frame, end[1]));
	}

	/**
	 * Where the level crosses an edge, in grid units.
	 */
	private static double[] crossing(double[] corners, int i, int j, double level, int edge) {
		int a = edge;
		int b = (edge + 1) % 4;
		double t = (level - corners[a]) / (corners[b] - corners[a]);
		double[][] position = { { i, j }, { i + 1, j }, { i + 1, j + 1 }, { i, j + 1 } };
		return new double[] { position[a][0] + t * (position[b][0] - position[a][0]),
				position[a][1] + t * (position[b][1] - position[a][1]) };
	}

	private static double pixelX(Frame frame, double column) {
		return frame.left + column / ContourPlot.GRID * (frame.right - frame.left);
	}

	private static double pixelY(Frame frame, double row) {
		return frame.bottom - row / ContourPlot.GRID * (frame.bottom - frame.top);
	}

}
