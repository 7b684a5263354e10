package dev.descent.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A function of two variables: a heat map colored by rank (a value's share of the grid
 * below it, so that both a deep narrow valley and a wide plateau show structure), contour
 * lines at quantiles of the grid, and the path on top.
 *
 * <p>
 * The heat map is a small PNG image embedded in the SVG, one pixel per grid node, which
 * viewers scale smoothly; everything else is vector.
 */
final class ContourPlot {

	/** Grid cells along each axis; the function is evaluated at the cells' corners. */
	static final int GRID = 80;

	/** Contour lines split the grid's values into this many bands of equal count. */
	static final int BANDS = 10;

	private ContourPlot() {
	}

	static String draw(FunctionPlot plot) {
		Frame frame = new Frame(plot.horizontal(), plot.vertical(), 84);
		double[][] values = new double[GRID + 1][GRID + 1];
		double[] point = new double[2];
		for (int j = 0; j <= GRID; j++) {
			for (int i = 0; i <= GRID; i++) {
				point[0] = plot.horizontal().at((double) i / GRID);
				point[1] = plot.vertical().at((double) j / GRID);
				values[j][i] = plot.function().applyAsDouble(point);
			}
		}
		double[] sorted = Arrays.stream(values)
			.flatMapToDouble(Arrays::stream)
			.filter(Double::isFinite)
			.sorted()
			.toArray();
		Svg svg = frame.open();
		heatMap(svg, frame, values, sorted);
		Contours.draw(svg, frame, values, levels(sorted));
		List<double[]> pixels = new ArrayList<>();
		for (double[] iterate : Paths.thin(plot.path(), CurvePlot.PATH_POINTS)) {
			if (Double.isFinite(iterate[0]) && Double.isFinite(iterate[1])) {
				pixels.add(new double[] { frame.x(iterate[0]), frame.y(iterate[1]) });
			}
		}
		frame.path(svg, pixels);
		legend(svg, frame, sorted);
		frame.decorate(svg, plot.title(), plot.variables().get(0), plot.variables().get(1), plot.caption());
		return svg.finish();
	}

	/**
	 * The contour levels: quantiles of the sorted finite values, without repeats.
	 */
	static double[] levels(double[] sorted) {
		if (sorted.length == 0) {
			return new double[0];
		}
		double[] levels = new double[BANDS - 1];
		int count = 0;
		for (int k = 1; k < BANDS; k++) {
			double level = sorted[k * sorted.length / BANDS];
			if ((count == 0 || level > levels[count - 1]) && level > sorted[0]) {
				levels[count++] = level;
			}
		}
		return Arrays.copyOf(levels, count);
	}

	/**
	 * A value's rank among the sorted values, from 0 for the lowest to 1 for the highest.
	 */
	private static double rank(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < value) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return (sorted.length > 1) ? (double) low / (sorted.length - 1) : 0;
	}

	/**
	 * Draws the grid as an image, one pixel per node, placed so that each pixel is
	 * centered on its node and clipped to the frame.
	 */
	private static void heatMap(Svg svg, Frame frame, double[][] values, double[] sorted) {
		BufferedImage image = new BufferedImage(GRID + 1, GRID + 1, BufferedImage.TYPE_INT_RGB);
		for (int j = 0; j <= GRID; j++) {
			for (int i = 0; i <= GRID; i++) {
				double value = values[j][i];
				image.setRGB(i, GRID - j,
						Double.isFinite(value) ? Palette.rgb(rank(sorted, value)) : Palette.UNDEFINED_RGB);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		double cellWidth = (frame.right - frame.left) / GRID;
		double cellHeight = (frame.bottom - frame.top) / GRID;
		svg.raw("<image class=\"heatmap\" clip-path=\"url(#frame)\" preserveAspectRatio=\"none\" x=\"")
			.num(frame.left - cellWidth / 2)
			.raw("\" y=\"")
			.num(frame.top - cellHeight / 2)
			.raw("\" width=\"")
			.num(cellWidth * (GRID + 1))
			.raw("\" height=\"")
			.num(cellHeight * (GRID + 1))
			.raw("\" href=\"data:image/png;base64,")
			.raw(Base64.getEncoder().encodeToString(png.toByteArray()))
			.raw("\"/>\n");
	}

	/**
	 * A color bar beside the frame. Colors go by rank, so the bar is labelled with the
	 * values at its bottom, quartiles and top.
	 */
	private static void legend(Svg svg, Frame frame, double[] sorted) {
		if (sorted.length == 0) {
			svg.text(frame.right + 8, frame.top + 12, "font-size=\"10\"", "no finite");
			svg.text(frame.right + 8, frame.top + 24, "font-size=\"10\"", "values");
			return;
		}
		double x = frame.right + 12;
		double height = frame.bottom - frame.top;
		int blocks = 32;
		for (int k = 0; k < blocks; k++) {
			svg.rect(x, frame.bottom - (k + 1) * height / blocks, 14, height / blocks + 0.5,
					"fill=\"" + Palette.color((k + 0.5) / blocks) + "\"");
		}
		svg.rect(x, frame.top, 14, height, "fill=\"none\" stroke=\"#444444\"");
		String attributes = "font-size=\"10\" fill=\"#333333\"";
		for (int quarter = 0; quarter <= 4; quarter++) {
			double value = sorted[Math.min(sorted.length - 1, quarter * (sorted.length - 1) / 4)];
			double y = frame.bottom - quarter * height / 4;
			svg.line(x + 14, y, x + 17, y, "stroke=\"#444444\"");
			svg.text(x + 19, y + 3.5, attributes, Ticks.value(value));
		}
	}

}
