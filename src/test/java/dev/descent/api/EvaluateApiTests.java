package dev.descent.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/evaluate} end to end through the MVC stack.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluateApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void evaluateShouldReturnValuesInPointOrder() {
		JsonNode response = ok("{\"expression\": \"x^2 + 1\", \"points\": [{\"x\": -3}, {\"x\": 0.5}]}");
		assertThat(response.get("variables").get(0).stringValue()).isEqualTo("x");
		assertThat(response.get("results").get(0).get("value").doubleValue()).isEqualTo(10.0);
		assertThat(response.get("results").get(1).get("value").doubleValue()).isEqualTo(1.25);
		assertThat(response.get("results").get(0).has("gradient")).isFalse();
	}

	@Test
	void evaluateWhenGradientRequestedShouldDifferentiateExactly() {
		JsonNode response = ok(
				"{\"expression\": \"100*(y - x^2)^2 + (1 - x)^2\", \"points\": [{\"x\": -1.2, \"y\": 1}],"
						+ " \"gradient\": {\"method\": \"EXACT\"}}");
		JsonNode gradient = response.get("results").get(0).get("gradient");
		double x = -1.2;
		double y = 1.0;
		assertThat(gradient.get("x").doubleValue()).isCloseTo(-400 * x * (y - x * x) - 2 * (1 - x),
				org.assertj.core.api.Assertions.within(1e-12));
		assertThat(gradient.get("y").doubleValue()).isCloseTo(200 * (y - x * x),
				org.assertj.core.api.Assertions.within(1e-12));
	}

	@Test
	void evaluateWhenCentralRequestedShouldUseDifferences() {
		JsonNode response = ok("{\"expression\": \"x^2\", \"points\": [{\"x\": 3}],"
				+ " \"gradient\": {\"method\": \"CENTRAL\", \"h\": 1e-7}}");
		double h = 1e-7;
		double expected = ((3 + h) * (3 + h) - (3 - h) * (3 - h)) / (2 * h);
		assertThat(response.get("results").get(0).get("gradient").get("x").doubleValue()).isEqualTo(expected);
	}

	@Test
	void evaluateWhenValueIsNotFiniteShouldAnswer422NamingThePoint() {
		MvcTestResult result = post("{\"expression\": \"log(x)\", \"points\": [{\"x\": 1}, {\"x\": -1}]}");
		assertThat(result).hasStatus(422);
		JsonNode problem = JsonResponses.read(result);
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:descent:problem:non-finite-value");
		assertThat(problem.get("field").stringValue()).isEqualTo("points[1]");
		assertThat(problem.get("detail").stringValue()).contains("not a number");
		MvcTestResult pole = post("{\"expression\": \"1/x\", \"points\": [{\"x\": 0}]}");
		assertThat(pole).hasStatus(422);
	}

	@Test
	void evaluateWhenPointsNameDifferentVariablesShouldNameThePoint() {
		MvcTestResult result = post("{\"expression\": \"x + y\", \"points\": [{\"x\": 1, \"y\": 2}, {\"x\": 1}]}");
		assertThat(result).hasStatus(400);
		JsonNode problem = JsonResponses.read(result);
		assertThat(problem.get("field").stringValue()).isEqualTo("points[1].y");
	}

	@Test
	void evaluateWhenWorkWouldBeTooLargeShouldRefuseUpFront() {
		StringBuilder expression = new StringBuilder();
		StringBuilder point = new StringBuilder();
		for (int i = 1; i <= 1000; i++) {
			expression.append((i > 1) ? "+" : "").append("x").append(i).append("^2");
			point.append((i > 1) ? ", " : "").append("\"x").append(i).append("\": 1");
		}
		String points = ("{" + point + "}, ").repeat(199) + "{" + point + "}";
		MvcTestResult result = post("{\"expression\": \"" + expression + "\", \"points\": [" + points
				+ "], \"gradient\": {\"method\": \"CENTRAL\"}}");
		assertThat(result).hasStatus(400);
		JsonNode problem = JsonResponses.read(result);
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:descent:problem:limit-exceeded");
		assertThat(problem.get("limit").stringValue()).isEqualTo("descent.limits.evaluation-work");
	}

	@Test
	void evaluateWhenNoPointsShouldAnswerProblem() {
		MvcTestResult result = post("{\"expression\": \"x\", \"points\": []}");
		assertThat(result).hasStatus(400);
		JsonNode problem = JsonResponses.read(result);
		assertThat(problem.get("field").stringValue()).isEqualTo("points");
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri("/api/v1/evaluate").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private JsonNode ok(String body) {
		return JsonResponses.ok(post(body));
	}

}
