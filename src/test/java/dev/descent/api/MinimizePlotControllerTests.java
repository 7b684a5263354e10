package dev.descent.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/minimize/plot}: an SVG of the function and the path of the run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MinimizePlotControllerTests {

	private static final String HIMMELBLAU = "{\"expression\": \"(x^2 + y - 11)^2 + (x + y^2 - 7)^2\", "
			+ "\"start\": {\"x\": 0, \"y\": 0}, \"optimizer\": {\"learningRate\": 0.01}, \"steps\": 200}";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void plotWhenTwoVariablesShouldDrawTheMapAndThePathToAMinimum() throws Exception {
		MvcTestResult result = plot(HIMMELBLAU, "");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
		Document svg = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(text(svg, "//*[local-name()='image'][@class='heatmap']/@href")).startsWith("data:image/png");
		assertThat(count(svg, "//*[local-name()='g'][@class='contours']/*")).isPositive();
		String[] points = text(svg, "//*[local-name()='polyline'][@class='path']/@points").strip().split(" ");
		assertThat(points).hasSizeGreaterThan(10);
		assertThat(text(svg, "//*[local-name()='text'][last()]")).contains("CONVERGED");
	}

	@Test
	void plotWhenOneVariableShouldDrawTheCurve() throws Exception {
		MvcTestResult result = plot("{\"expression\": \"x^4 - 3*x^2 + x\", \"start\": {\"x\": 2}, "
				+ "\"optimizer\": {\"learningRate\": 0.02}, \"steps\": 150}", "");
		assertThat(result).hasStatusOk();
		Document svg = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(text(svg, "//*[local-name()='path'][@class='curve']/@d")).startsWith("M");
		assertThat(count(svg, "//*[local-name()='circle'][@class='end']")).isEqualTo(1);
	}

	@Test
	void plotWhenAxesAreGivenShouldSpanThem() throws Exception {
		MvcTestResult result = plot(HIMMELBLAU, "?xMin=-5&xMax=5&yMin=-4&yMax=4");
		assertThat(result).hasStatusOk();
		Document svg = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(count(svg, "//*[local-name()='text'][.='-5']")).isEqualTo(1);
		assertThat(count(svg, "//*[local-name()='text'][.='5']")).isEqualTo(1);
	}

	@Test
	void plotWhenFunctionIsUndefinedInPartOfTheViewShouldStillDrawValidSvg() throws Exception {
		MvcTestResult result = plot("{\"expression\": \"log(x) + y^2\", \"start\": {\"x\": 2, \"y\": 1}, "
				+ "\"optimizer\": {\"learningRate\": 0.1}, \"steps\": 20}", "?xMin=-2&xMax=3&yMin=-2&yMax=2");
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		parse(body);
		assertThat(body).doesNotContain("NaN").doesNotContain("Infinity");
	}

	@Test
	void plotWhenThreeVariablesShouldAnswerAProblemNamingStart() {
		MvcTestResult result = plot("{\"expression\": \"x + y + z\", \"start\": {\"x\": 0, \"y\": 0, \"z\": 0}}", "");
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("start");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("one or two variables");
	}

	@Test
	void plotWhenOnlyOneEndOfAnAxisIsGivenShouldNameTheMissingEnd() {
		MvcTestResult result = plot(HIMMELBLAU, "?xMin=-5");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("xMax");
	}

	@Test
	void plotWhenAxisEndsAreReversedShouldAnswerAProblem() {
		MvcTestResult result = plot(HIMMELBLAU, "?yMin=3&yMax=-3");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("less than");
	}

	@Test
	void plotWhenExpressionIsInvalidShouldAnswerTheProblemAsJson() {
		MvcTestResult result = plot("{\"expression\": \"x^^2\", \"start\": {\"x\": 1}}", "");
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.position").isEqualTo(2);
	}

	private MvcTestResult plot(String body, String query) {
		return this.mvc.post()
			.uri("/api/v1/minimize/plot" + query)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("image/svg+xml"))
			.content(body)
			.exchange();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static int count(Document document, String xpath) throws Exception {
		return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
			.getLength();
	}

	private static String text(Document document, String xpath) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
	}

}
