package dev.descent.api;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/minimize} end to end through the MVC stack.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MinimizeApiTests {

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> referenceTable() {
		return Stream.of(Arguments.of(0.01, 500, -0.00012307192187321903, "MAX_STEPS"),
				Arguments.of(0.001, 5000, -0.00013484277838493597, "MAX_STEPS"),
				Arguments.of(0.999, 5000, -0.00013485598670825993, "MAX_STEPS"),
				Arguments.of(1e-9, 100, -2.99999940000006, "MAX_STEPS"),
				Arguments.of(10.0, 100, 2459382288.1580424, "DIVERGED"));
	}

	@ParameterizedTest(name = "lr {0}, {1} steps -> {2}")
	@MethodSource("referenceTable")
	void minimizeWhenReferenceCaseShouldReproduceTableExactlyOverHttp(double learningRate, int steps, double expected,
			String status) {
		String body = """
				{"expression": "x^2 + 1", "start": {"x": -3.0},
				 "optimizer": {"method": "GRADIENT_DESCENT", "learningRate": %s}, "steps": %d,
				 "gradient": {"method": "CENTRAL", "h": 1e-7},
				 "stopping": {"gradientTolerance": 0, "stepTolerance": 0, "valueTolerance": 0,
				              "stopOnDivergence": false}}
				""".formatted(Double.toString(learningRate), steps);
		JsonNode response = JsonResponses.ok(post(body));
		assertThat(response.get("point").get("x").doubleValue()).isEqualTo(expected);
		assertThat(response.get("status").stringValue()).isEqualTo(status);
		assertThat(response.get("steps").intValue()).isEqualTo(steps);
	}

	@Test
	void minimizeWhenOnlyExpressionAndStartShouldUseExactGradientsAndConverge() {
		JsonNode response = JsonResponses.ok(post("""
				{"expression": "(x - 2)^2 + (y + 1)^2", "start": {"x": 0, "y": 0},
				 "optimizer": {"learningRate": 0.1}}
				"""));
		assertThat(response.get("status").stringValue()).isEqualTo("CONVERGED");
		assertThat(response.get("criterion").stringValue()).isEqualTo("GRADIENT_NORM");
		assertThat(response.get("point").get("x").doubleValue()).isCloseTo(2.0,
				org.assertj.core.api.Assertions.within(1e-8));
		assertThat(response.get("gradientEvaluations").longValue()).isEqualTo(response.get("evaluations").longValue());
		assertThat(response.has("trajectory")).isFalse();
	}

	@Test
	void minimizeWhenTrajectoryRequestedShouldReturnEveryKthStep() {
		JsonNode response = JsonResponses.ok(post("""
				{"expression": "x^2", "start": {"x": 1}, "steps": 30, "trajectoryEvery": 10,
				 "stopping": {"gradientTolerance": 0}}
				"""));
		assertThat(response.get("trajectory")).hasSize(4);
		assertThat(response.get("trajectory").get(3).get("step").intValue()).isEqualTo(30);
	}

	@Test
	void minimizeWhenNonSmoothExpressionShouldWarn() {
		JsonNode response = JsonResponses.ok(post("""
				{"expression": "abs(x) + x^2", "start": {"x": 1}, "steps": 10}
				"""));
		assertThat(response.get("warnings").get(0).stringValue()).contains("abs", "abs'(0) = 0");
	}

	@Test
	void minimizeWhenGradientCheckRequestedShouldCompareExactWithCentral() {
		JsonNode response = JsonResponses.ok(post("""
				{"expression": "exp(x) + 1e18", "start": {"x": 0}, "steps": 0,
				 "gradient": {"method": "EXACT", "check": true}}
				"""));
		JsonNode check = response.get("gradientCheck");
		assertThat(check.get("exact").get("x").doubleValue()).isEqualTo(1.0);
		assertThat(check.get("central").get("x").doubleValue()).isNotEqualTo(1.0);
		assertThat(check.get("relativeDifference").doubleValue()).isGreaterThan(0.5);
	}

	@Test
	void minimizeWhenValueOverflowsShouldWriteNullNotInfinity() {
		MvcTestResult result = post("""
				{"expression": "exp(x)", "start": {"x": 700}, "steps": 5,
				 "optimizer": {"learningRate": -1e-300}}
				""");
		assertThat(result).hasStatus(400);
		JsonNode response = JsonResponses.ok(post("""
				{"expression": "-exp(x^2)", "start": {"x": 20}, "steps": 50, "optimizer": {"learningRate": 1}}
				"""));
		assertThat(response.get("status").stringValue()).isEqualTo("NON_FINITE");
		assertThat(response.get("value").isNull()).isTrue();
		assertThat(JsonResponses.text(result)).doesNotContain("NaN", "Infinity");
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				Arguments.of("{\"expression\": \"x^2 +\", \"start\": {\"x\": 1}}", "invalid-expression", "expression",
						"the expression ends where an operand is expected"),
				Arguments.of("{\"expression\": \"x^2 + y\", \"start\": {\"x\": 1}}", "invalid-expression", "expression",
						"unknown name 'y' at position 6: not a variable (x)"),
				Arguments.of("{\"expression\": \"x2\", \"start\": {\"x\": 1}}", "invalid-expression", "expression",
						"unknown name 'x2'"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1}, \"optimizer\": {\"learningRate\": -0.1}}",
						"invalid-request", "optimizer.learningRate", "must be greater than 0"),
				Arguments.of("{\"expression\": \"\", \"start\": {\"x\": 1}}", "invalid-request", "expression",
						"must not be blank"),
				Arguments.of("{\"start\": {\"x\": 1}}", "invalid-request", "expression", "must not be blank"),
				Arguments.of("{\"expression\": \"x\", \"start\": {}}", "invalid-request", "start", "must not be empty"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": null}}", "invalid-request", "start.x",
						"must not be null"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1e999}}", "invalid-request", "start.x",
						"must be a finite number"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": \"one\"}}", "malformed-body", "start.x",
						"must be a number"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1}, \"steps\": 1.5}", "malformed-body",
						"steps", "must be a whole number"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1}, \"steps\": 2000000}", "limit-exceeded",
						"steps", "more than the limit of 1000000"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1}, \"optimizer\": {\"method\": \"SGD\"}}",
						"malformed-body", "optimizer.method", "must be one of"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1}, \"learningRate\": 0.1}", "malformed-body",
						"learningRate", "is not a field of this request"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"e\": 1}}", "invalid-request", "variables",
						"reserved"),
				Arguments.of(
						"{\"expression\": \"x\", \"start\": {\"x\": 1}, \"steps\": 10, \"trajectoryEvery\": 0, "
								+ "\"stopping\": {\"gradientTolerance\": -1}}",
						"invalid-request", "stopping.gradientTolerance", "greater than or equal to 0"),
				Arguments.of("{\"expression\": \"x\", \"start\": {\"x\": 1}", "malformed-body", null, "not valid JSON"),
				Arguments.of("[1, 2]", "malformed-body", null, "not valid JSON"),
				Arguments.of("", "malformed-body", null, "missing or is not JSON"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void minimizeWhenRequestIsBadShouldAnswerProblemNamingField(String body, String type, String field, String detail) {
		MvcTestResult result = post(body);
		assertThat(result).hasStatus(400);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = JsonResponses.read(result);
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:descent:problem:" + type);
		assertThat(problem.get("title").isString()).isTrue();
		assertThat(problem.get("status").intValue()).isEqualTo(400);
		assertThat(problem.get("detail").stringValue()).contains(detail);
		if (field != null) {
			assertThat(problem.get("field").stringValue()).isEqualTo(field);
		}
		assertThat(JsonResponses.text(result)).doesNotContain("java.", "dev.descent", "Exception");
	}

	@Test
	void minimizeWhenTimeoutIsShortShouldStopWithDeadlineAndBestPointSoFar() {
		StringBuilder expression = new StringBuilder();
		StringBuilder start = new StringBuilder();
		for (int i = 1; i <= 100; i++) {
			expression.append((i > 1) ? " + " : "").append("(x").append(i).append(" - 1)^2");
			start.append((i > 1) ? ", " : "").append("\"x").append(i).append("\": 5");
		}
		JsonNode response = JsonResponses.ok(post("""
				{"expression": "%s", "start": {%s}, "steps": 1000000, "timeoutMillis": 50,
				 "optimizer": {"learningRate": 1e-9}, "gradient": {"method": "CENTRAL"},
				 "stopping": {"gradientTolerance": 0}}
				""".formatted(expression, start)));
		assertThat(response.get("status").stringValue()).isEqualTo("DEADLINE");
		assertThat(response.get("steps").intValue()).isPositive().isLessThan(1000000);
		assertThat(response.get("point").get("x1").doubleValue()).isLessThan(5.0);
		assertThat(response.get("value").doubleValue()).isLessThan(1600.0);
	}

	@Test
	void minimizeWhenExpressionHasSyntaxErrorShouldSayWhere() {
		JsonNode problem = JsonResponses.read(post("{\"expression\": \"(x + 1\", \"start\": {\"x\": 1}}"));
		assertThat(problem.get("position").intValue()).isZero();
		assertThat(problem.get("detail").stringValue()).isEqualTo("the '(' at position 0 is never closed");
	}

	@Test
	void minimizeWhenContentTypeIsNotJsonShouldAnswer415Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/minimize")
			.contentType(MediaType.TEXT_PLAIN)
			.content("x^2")
			.exchange();
		assertThat(result).hasStatus(415);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownPathShouldAnswer404Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/nothing").exchange();
		assertThat(result).hasStatus(404);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri("/api/v1/minimize").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
