package dev.descent.plot;

/**
 * Builds an SVG document as text. Coordinates are written with one decimal, which is a
 * tenth of a pixel at the plot's size; text is escaped.
 */
final class Svg {

	private final StringBuilder text = new StringBuilder(16_384);

	Svg(int width, int height) {
		this.text.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
	}

	/**
	 * Appends raw markup.
	 * @param markup the markup, already escaped where needed
	 * @return this builder
	 */
	Svg raw(String markup) {
		this.text.append(markup);
		return this;
	}

	/**
	 * Appends a coordinate or length.
	 * @param value the number
	 * @return this builder
	 */
	Svg num(double value) {
		long tenths = Math.round(value * 10);
		if (tenths < 0) {
			this.text.append('-');
			tenths = -tenths;
		}
		this.text.append(tenths / 10);
		if (tenths % 10 != 0) {
			this.text.append('.').append(tenths % 10);
		}
		return this;
	}

	Svg rect(double x, double y, double width, double height, String attributes) {
		return raw("<rect x=\"").num(x)
			.raw("\" y=\"")
			.num(y)
			.raw("\" width=\"")
			.num(width)
			.raw("\" height=\"")
			.num(height)
			.raw("\" ")
			.raw(attributes)
			.raw("/>\n");
	}

	Svg line(double x1, double y1, double x2, double y2, String attributes) {
		return raw("<line x1=\"").num(x1)
			.raw("\" y1=\"")
			.num(y1)
			.raw("\" x2=\"")
			.num(x2)
			.raw("\" y2=\"")
			.num(y2)
			.raw("\" ")
			.raw(attributes)
			.raw("/>\n");
	}

	Svg circle(double x, double y, double radius, String attributes) {
		return raw("<circle cx=\"").num(x)
			.raw("\" cy=\"")
			.num(y)
			.raw("\" r=\"")
			.num(radius)
			.raw("\" ")
			.raw(attributes)
			.raw("/>\n");
	}

	Svg text(double x, double y, String attributes, String content) {
		return raw("<text x=\"").num(x)
			.raw("\" y=\"")
			.num(y)
			.raw("\" ")
			.raw(attributes)
			.raw(">")
			.raw(escape(content))
			.raw("</text>\n");
	}

	/**
	 * Escapes text for an element's content or an attribute value.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append((c < 0x20 && c != '\t' && c != '\n') ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	String finish() {
		return this.text.append("</svg>\n").toString();
	}

}
