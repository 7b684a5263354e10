package dev.descent.plot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SVG plots of functions and paths, parsed back as XML.
 */
class FunctionPlotTests {

	private static final List<double[]> PATH = List.of(new double[] { 2, 1 }, new double[] { 1, 0.5 },
			new double[] { 0.5, 0.25 });

	@Test
	void toSvgWhenTwoVariablesShouldDrawAHeatMapContoursAndThePath() throws Exception {
		String svg = new FunctionPlot("x^2 + y^2", List.of("x", "y"), (p) -> p[0] * p[0] + p[1] * p[1], PATH,
				new Range(-3, 3), new Range(-3, 3), "caption")
			.toSvg();
		Document document = parse(svg);
		assertThat(attribute(document, "//*[local-name()='image'][@class='heatmap']/@href"))
			.startsWith("data:image/png;base64,");
		assertThat(count(document, "//*[local-name()='g'][@class='contours']/*[local-name()='path']"))
			.isEqualTo(ContourPlot.BANDS - 1);
		assertThat(attribute(document, "//*[local-name()='polyline'][@class='path']/@points").strip().split(" "))
			.hasSize(3);
		assertThat(svg).contains("x^2 + y^2").doesNotContain("NaN").doesNotContain("Infinity");
	}

	@Test
	void toSvgWhenOneVariableShouldDrawTheCurveAndThePathOnIt() throws Exception {
		String svg = new FunctionPlot("x^2", List.of("x"), (p) -> p[0] * p[0],
				List.of(new double[] { -3 }, new double[] { 0 }), new Range(-4, 4), null, "caption")
			.toSvg();
		Document document = parse(svg);
		assertThat(attribute(document, "//*[local-name()='path'][@class='curve']/@d")).startsWith("M");
		assertThat(count(document, "//*[local-name()='circle'][@class='start']")).isEqualTo(1);
		assertThat(count(document, "//*[local-name()='circle'][@class='end']")).isEqualTo(1);
		assertThat(svg).contains(">f(x)<");
	}

	@Test
	void toSvgWhenFunctionIsNowhereFiniteShouldSaySoAndStayValid() throws Exception {
		String svg = new FunctionPlot("log(-1 - x^2)", List.of("x", "y"), (p) -> Double.NaN, PATH, new Range(-1, 1),
				new Range(-1, 1), "NON_FINITE")
			.toSvg();
		parse(svg);
		assertThat(svg).contains("no finite").doesNotContain("NaN");
	}

	@Test
	void toSvgWhenPathHasPointsThatAreNotFiniteShouldLeaveThemOut() throws Exception {
		List<double[]> path = List.of(new double[] { 1 }, new double[] { Double.POSITIVE_INFINITY },
				new double[] { 2 });
		String svg = new FunctionPlot("1/x", List.of("x"), (p) -> 1 / p[0], path, new Range(-2, 3), null, "c").toSvg();
		Document document = parse(svg);
		assertThat(attribute(document, "//*[local-name()='polyline'][@class='path']/@points").strip().split(" "))
			.hasSize(2);
		assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
	}

	@Test
	void toSvgWhenTitleHasMarkupShouldEscapeIt() throws Exception {
		String svg = new FunctionPlot("x < 1 & \"y\"", List.of("x"), (p) -> p[0], PATH, new Range(0, 1), null,
				"<script>")
			.toSvg();
		parse(svg);
		assertThat(svg).contains("x &lt; 1 &amp; &quot;y&quot;").doesNotContain("<script>");
	}

	@Test
	void constructorWhenThreeVariablesShouldThrow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FunctionPlot("x", List.of("x", "y", "z"), (p) -> 0, PATH, new Range(0, 1),
					new Range(0, 1), ""))
			.withMessageContaining("one or two variables");
	}

	@Test
	void thinWhenPathIsLongShouldKeepAtMostTheLimitWithFirstAndLast() {
		List<double[]> path = IntStream.range(0, 10_001).mapToObj((i) -> new double[] { i }).toList();
		List<double[]> thinned = Paths.thin(path, 1000);
		assertThat(thinned).hasSizeLessThanOrEqualTo(1000);
		assertThat(thinned.get(0)[0]).isZero();
		assertThat(thinned.get(thinned.size() - 1)[0]).isEqualTo(10_000);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static int count(Document document, String xpath) throws Exception {
		return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
			.getLength();
	}

	static String attribute(Document document, String xpath) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
	}

}
