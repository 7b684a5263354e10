package dev.descent.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A function of one variable: its curve over the range, with the path of the iterates on
 * it.
 */
final class CurvePlot {

	/** Evaluations along the curve. */
	static final int SAMPLES = 400;

	/** The most path points drawn; longer paths are thinned evenly. */
	static final int PATH_POINTS = 1000;

	private CurvePlot() {
	}

	static String draw(FunctionPlot plot) {
		Range horizontal = plot.horizontal();
		double[] xs = new double[SAMPLES + 1];
		double[] values = new double[SAMPLES + 1];
		for (int i = 0; i <= SAMPLES; i++) {
			xs[i] = horizontal.at((double) i / SAMPLES);
			values[i] = plot.function().applyAsDouble(new double[] { xs[i] });
		}
		List<double[]> path = Paths.thin(plot.path(), PATH_POINTS);
		double[] pathValues = path.stream().mapToDouble((point) -> plot.function().applyAsDouble(point)).toArray();
		Range vertical = (plot.vertical() != null) ? plot.vertical() : valueRange(values, pathValues);
		Frame frame = new Frame(horizontal, vertical, 24);
		Svg svg = frame.open();
		frame.grid(svg);
		svg.raw("<path class=\"curve\" clip-path=\"url(#frame)\" fill=\"none\" stroke=\"#254f8f\" "
				+ "stroke-width=\"2\" d=\"");
		boolean drawing = false;
		for (int i = 0; i <= SAMPLES; i++) {
			if (!Double.isFinite(values[i])) {
				drawing = false;
				continue;
			}
			if (drawing && leaps(vertical, values[i - 1], values[i])) {
				drawing = false;
			}
			svg.raw(drawing ? "L" : "M").num(frame.x(xs[i])).raw(" ").num(frame.y(values[i])).raw(" ");
			drawing = true;
		}
		svg.raw("\"/>\n");
		List<double[]> pixels = new ArrayList<>();
		for (int i = 0; i < path.size(); i++) {
			if (Double.isFinite(path.get(i)[0]) && Double.isFinite(pathValues[i])) {
				pixels.add(new double[] { frame.x(path.get(i)[0]), frame.y(pathValues[i]) });
			}
		}
		frame.path(svg, pixels);
		String name = plot.variables().get(0);
		frame.decorate(svg, plot.title(), name, "f(" + name + ")", plot.caption());
		return svg.finish();
	}

	/**
	 * Whether the curve goes from beyond one end of the range to beyond the other between
	 * two samples, as across a pole, where a line would join two branches.
	 */
	private static boolean leaps(Range range, double from, double to) {
		return (from > range.max() && to < range.min()) || (from < range.min() && to > range.max());
	}

	/**
	 * The range of values to show: the curve without its most extreme one percent at
	 * either end (so that a pole does not flatten everything else), and the path.
	 */
	private static Range valueRange(double[] values, double[] pathValues) {
		double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
		double[] kept = (finite.length > 0)
				? new double[] { finite[finite.length / 100], finite[finite.length - 1 - finite.length / 100] }
				: new double[0];
		double[] all = Arrays.copyOf(kept, kept.length + pathValues.length);
		System.arraycopy(pathValues, 0, all, kept.length, pathValues.length);
		return Range.covering(all, 0.06);
	}

}
