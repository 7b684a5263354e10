package dev.descent.plot;

import java.util.List;

/**
 * The frame of a plot: its size, the area inside the axes, the mapping from values to
 * pixels, and the axes, ticks, title and caption around it.
 */
final class Frame {

	static final int WIDTH = 640;

	static final int HEIGHT = 480;

	/** Pixel coordinates are kept within this distance of the frame, to stay small. */
	private static final double FAR = 10_000;

	final double left = 64;

	final double top = 44;

	final double right;

	final double bottom = HEIGHT - 64;

	final Range horizontal;

	final Range vertical;

	Frame(Range horizontal, Range vertical, double rightMargin) {
		this.horizontal = horizontal;
		this.vertical = vertical;
		this.right = WIDTH - rightMargin;
	}

	double x(double value) {
		return clamp(this.left + this.horizontal.fraction(value) * (this.right - this.left));
	}

	double y(double value) {
		return clamp(this.bottom - this.vertical.fraction(value) * (this.bottom - this.top));
	}

	private static double clamp(double pixel) {
		return Math.max(-FAR, Math.min(FAR, pixel));
	}

	/**
	 * Starts the document with a white background and a clip path named {@code frame} for
	 * the area inside the axes.
	 */
	Svg open() {
		Svg svg = new Svg(WIDTH, HEIGHT);
		svg.raw("<defs><clipPath id=\"frame\">")
			.rect(this.left, this.top, this.right - this.left, this.bottom - this.top, "")
			.raw("</clipPath></defs>\n");
		svg.rect(0, 0, WIDTH, HEIGHT, "fill=\"#ffffff\"");
		return svg;
	}

	/**
	 * Draws the light grid lines at the ticks, to go under the data.
	 */
	void grid(Svg svg) {
		for (double tick : Ticks.of(this.horizontal, 8)) {
			svg.line(x(tick), this.top, x(tick), this.bottom, "stroke=\"#e6e6e6\"");
		}
		for (double tick : Ticks.of(this.vertical, 6)) {
			svg.line(this.left, y(tick), this.right, y(tick), "stroke=\"#e6e6e6\"");
		}
	}

	/**
	 * Draws the axes with their ticks and names, the title and the caption.
	 */
	void decorate(Svg svg, String title, String horizontalName, String verticalName, String caption) {
		svg.rect(this.left, this.top, this.right - this.left, this.bottom - this.top,
				"fill=\"none\" stroke=\"#444444\"");
		double step = Ticks.step(this.horizontal, 8);
		for (double tick : Ticks.of(this.horizontal, 8)) {
			svg.line(x(tick), this.bottom, x(tick), this.bottom + 5, "stroke=\"#444444\"");
			svg.text(x(tick), this.bottom + 18, "text-anchor=\"middle\" fill=\"#333333\"", Ticks.label(tick, step));
		}
		step = Ticks.step(this.vertical, 6);
		for (double tick : Ticks.of(this.vertical, 6)) {
			svg.line(this.left - 5, y(tick), this.left, y(tick), "stroke=\"#444444\"");
			svg.text(this.left - 8, y(tick) + 4, "text-anchor=\"end\" fill=\"#333333\"", Ticks.label(tick, step));
		}
		svg.text((this.left + this.right) / 2, this.bottom + 38, "text-anchor=\"middle\" font-style=\"italic\"",
				horizontalName);
		svg.raw("<text transform=\"translate(16 ")
			.num((this.top + this.bottom) / 2)
			.raw(") rotate(-90)\" text-anchor=\"middle\" font-style=\"italic\">")
			.raw(Svg.escape(verticalName))
			.raw("</text>\n");
		svg.text(this.left, 26, "font-size=\"15\" font-weight=\"bold\" fill=\"#222222\"", shorten(title, 70));
		svg.text(this.left, HEIGHT - 10, "fill=\"#555555\"", shorten(caption, 95));
	}

	/**
	 * Draws the path over the data: a line through the iterates, small dots on them when
	 * there are few, a hollow circle at the start and a filled one at the end, and a key.
	 * @param points the path in pixels, each as {x, y}
	 */
	void path(Svg svg, List<double[]> points) {
		if (points.isEmpty()) {
			return;
		}
		svg.raw("<g clip-path=\"url(#frame)\">\n");
		if (points.size() > 1) {
			svg.raw("<polyline class=\"path\" fill=\"none\" stroke=\"#ff5a36\" stroke-width=\"2\" "
					+ "stroke-linejoin=\"round\" points=\"");
			for (double[] point : points) {
				svg.num(point[0]).raw(",").num(point[1]).raw(" ");
			}
			svg.raw("\"/>\n");
		}
		if (points.size() <= 80) {
			for (double[] point : points) {
				svg.circle(point[0], point[1], 2.2, "fill=\"#ff5a36\"");
			}
		}
		double[] first = points.get(0);
		double[] last = points.get(points.size() - 1);
		svg.circle(first[0], first[1], 6, "class=\"start\" fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"2\"");
		svg.circle(last[0], last[1], 6, "class=\"end\" fill=\"#ff5a36\" stroke=\"#222222\" stroke-width=\"2\"");
		svg.raw("</g>\n");
		double keyX = this.right - 128;
		svg.rect(keyX, this.top + 8, 120, 24, "fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#bbbbbb\" rx=\"3\"");
		svg.circle(keyX + 14, this.top + 20, 5, "fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"2\"");
		svg.text(keyX + 24, this.top + 24, "", "start");
		svg.circle(keyX + 70, this.top + 20, 5, "fill=\"#ff5a36\" stroke=\"#222222\" stroke-width=\"2\"");
		svg.text(keyX + 80, this.top + 24, "", "end");
	}

	private static String shorten(String text, int length) {
		String line = text.replaceAll("\\s+", " ").strip();
		return (line.length() <= length) ? line : line.substring(0, length - 1) + "\u2026";
	}

}
