package dev.descent.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/minimize/multistart} over HTTP: results, reproducibility, slices,
 * problem responses and the OpenAPI examples.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MultiStartControllerTests {

	private static final String PATH = "/api/v1/minimize/multistart";

	private static final String HIMMELBLAU = "\"expression\": \"(x^2+y-11)^2 + (x+y^2-7)^2\", "
			+ "\"bounds\": {\"x\": {\"lower\": -5, \"upper\": 5}, \"y\": {\"lower\": -5, \"upper\": 5}}";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void minimizeWhenHimmelblauShouldReturnFourMinimaAndTheSeed() {
		MvcTestResult result = post("{" + HIMMELBLAU + ", \"starts\": 40, \"seed\": 42}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.minima").asArray().hasSize(4);
		assertThat(result).bodyJson()
			.extractingPath("$.minima[*].value")
			.asArray()
			.allSatisfy((value) -> assertThat(((Number) value).doubleValue()).isBetween(0.0, 1e-8));
		assertThat(result).bodyJson().extractingPath("$.best.status").isEqualTo("CONVERGED");
		assertThat(result).bodyJson().extractingPath("$.best.index").asNumber().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.best.startPoint.x").asNumber().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.counts.converged").isEqualTo(40);
		assertThat(result).bodyJson().extractingPath("$.seed").isEqualTo(42);
		assertThat(result).bodyJson().extractingPath("$.sampling").isEqualTo("SOBOL");
		assertThat(result).bodyJson().extractingPath("$.starts").isEqualTo(40);
		assertThat(result).bodyJson().doesNotHavePath("$.startResults");
	}

	@Test
	void minimizeWhenNoSeedGivenShouldReturnOneThatRepeatsTheRun() {
		String request = "{" + HIMMELBLAU + ", \"starts\": 20, \"sampling\": \"UNIFORM\", \"includeStarts\": true";
		JsonNode first = body(post(request + "}"));
		long seed = first.get("seed").asLong();
		JsonNode again = body(post(request + ", \"seed\": " + seed + "}"));
		assertThat(withoutElapsed(again)).isEqualTo(withoutElapsed(first));
	}

	@Test
	void minimizeWhenSliceRequestedShouldReturnThoseStartsOfTheWholeRun() {
		String common = HIMMELBLAU + ", \"seed\": 5, \"sampling\": \"LATIN_HYPERCUBE\", \"includeStarts\": true, "
				+ "\"startPoints\": [{\"x\": 1, \"y\": 1}]";
		JsonNode whole = body(post("{" + common + ", \"starts\": 30}"));
		JsonNode slice = body(post("{" + common + ", \"firstStart\": 10, \"starts\": 15, \"totalStarts\": 30}"));
		assertThat(slice.get("firstStart").asInt()).isEqualTo(10);
		assertThat(slice.get("totalStarts").asInt()).isEqualTo(30);
		assertThat(slice.get("warnings")).isEmpty();
		for (int i = 0; i < 15; i++) {
			assertThat(slice.get("startResults").get(i)).isEqualTo(whole.get("startResults").get(10 + i));
		}
		assertThat(whole.get("startResults").get(0).get("startPoint").toString()).isEqualTo("{\"x\":1.0,\"y\":1.0}");
	}

	@Test
	void minimizeWhenLatinHypercubeSliceLacksTotalShouldWarn() {
		MvcTestResult result = post(
				"{" + HIMMELBLAU + ", \"sampling\": \"LATIN_HYPERCUBE\", \"firstStart\": 10, " + "\"starts\": 5}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.warnings[0]").asString().contains("totalStarts");
	}

	@Test
	void minimizeWhenDeadlineAlreadyPassedShouldCountEveryStartAsDeadline() {
		MvcTestResult result = post("{" + HIMMELBLAU + ", \"starts\": 30, \"timeoutMillis\": 0}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.counts.deadline").isEqualTo(30);
		assertThat(result).bodyJson().extractingPath("$.minima").asArray().isEmpty();
		assertThat(result).bodyJson().extractingPath("$.warnings[0]").asString().contains("deadline");
	}

	@Test
	void minimizeWhenFunctionLeavesItsDomainShouldCountAndNeverPickSuchStarts() {
		MvcTestResult result = post("{\"expression\": \"sqrt(x) + (x - 2)^2\", "
				+ "\"bounds\": {\"x\": {\"lower\": -1, \"upper\": 3}}, \"starts\": 20, \"seed\": 9}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.counts.nonFinite").asNumber().isNotEqualTo(0);
		assertThat(result).bodyJson().extractingPath("$.best.status").isEqualTo("CONVERGED");
	}

	static Stream<Arguments> badRequests() {
		String box = "\"bounds\": {\"x\": {\"lower\": -5, \"upper\": 5}, \"y\": {\"lower\": -5, \"upper\": 5}}";
		return Stream.of(
				Arguments.of("lower above upper",
						"{\"expression\": \"x + y\", \"bounds\": {\"x\": {\"lower\": 5, \"upper\": -5}, "
								+ "\"y\": {\"lower\": 0, \"upper\": 1}}}",
						"bounds.x", "above"),
				Arguments.of("missing variable", "{\"expression\": \"x + y + z\", " + box + "}", "bounds.z",
						"no interval for 'z'"),
				Arguments.of("missing upper bound",
						"{\"expression\": \"x + y\", \"bounds\": {\"x\": {\"lower\": 0}, "
								+ "\"y\": {\"lower\": 0, \"upper\": 1}}}",
						"bounds.x", "both"),
				Arguments.of("infinite bound",
						"{\"expression\": \"x + y\", \"bounds\": {\"x\": {\"lower\": -1e999, \"upper\": 0}, "
								+ "\"y\": {\"lower\": 0, \"upper\": 1}}}",
						"bounds.x", "finite"),
				Arguments.of("reserved variable name",
						"{\"expression\": \"x\", \"bounds\": {\"x\": "
								+ "{\"lower\": 0, \"upper\": 1}, \"pi\": {\"lower\": 0, \"upper\": 1}}}",
						"bounds.pi", "reserved"),
				Arguments.of("start point outside bounds",
						"{\"expression\": \"x + y\", " + box + ", \"startPoints\": [{\"x\": 0, \"y\": 0}, "
								+ "{\"x\": 0, \"y\": 6}]}",
						"startPoints[1].y", "outside"),
				Arguments.of("start point of another variable",
						"{\"expression\": \"x + y\", " + box + ", \"startPoints\": [{\"x\": 0, \"z\": 0}]}",
						"startPoints[0].y", "no value for 'y'"),
				Arguments.of("start point with an extra variable",
						"{\"expression\": \"x + y\", " + box + ", \"startPoints\": [{\"x\": 0, \"y\": 0, "
								+ "\"z\": 0}]}",
						"startPoints[0].z", "not a variable"),
				Arguments.of("slice beyond the run",
						"{\"expression\": \"x + y\", " + box + ", \"firstStart\": 10, \"starts\": 10, "
								+ "\"totalStarts\": 15}",
						"totalStarts", "less than"),
				Arguments.of("no starts", "{\"expression\": \"x + y\", " + box + ", \"starts\": 0}", "starts",
						"greater than 0"),
				Arguments.of("no bounds", "{\"expression\": \"x + y\", \"bounds\": {}}", "bounds", "empty"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void minimizeWhenRequestIsBadShouldAnswerAProblemNamingTheField(String name, String request, String field,
			String detail) {
		MvcTestResult result = post(request);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:descent:problem:invalid-request");
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detail);
	}

	static Stream<Arguments> overLimits() {
		String tooManyStarts = "{" + HIMMELBLAU + ", \"starts\": 10001, \"steps\": 10}";
		String tooMuchWork = "{" + HIMMELBLAU + ", \"starts\": 2000}";
		String tooManySteps = "{" + HIMMELBLAU + ", \"starts\": 5, \"steps\": 1000001}";
		return Stream.of(Arguments.of(tooManyStarts, "starts", "descent.limits.starts", 10_000),
				Arguments.of(tooMuchWork, "starts", "descent.limits.start-steps", 10_000_000),
				Arguments.of(tooManySteps, "steps", "descent.limits.steps", 1_000_000));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("overLimits")
	void minimizeWhenOverALimitShouldRefuseUpFrontNamingTheLimit(String request, String field, String limit,
			int maximum) {
		MvcTestResult result = post(request);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:descent:problem:limit-exceeded");
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
		assertThat(result).bodyJson().extractingPath("$.limit").isEqualTo(limit);
		assertThat(result).bodyJson().extractingPath("$.maximum").isEqualTo(maximum);
	}

	@Test
	void apiDocsWhenExamplesRunShouldSucceedAndDescribeEveryField() {
		JsonNode docs = body(this.mvc.get().uri("/v3/api-docs").exchange());
		JsonNode examples = docs.at("/paths/~1api~1v1~1minimize~1multistart/post/requestBody/content")
			.get("application/json")
			.get("examples");
		List<String> names = new ArrayList<>(examples.propertyNames());
		assertThat(names).containsExactlyInAnyOrder("himmelblau", "camel", "slice", "boundary");
		for (String name : names) {
			JsonNode value = examples.get(name).get("value");
			String request = value.isString() ? value.asString() : value.toString();
			MvcTestResult result = post(request);
			assertThat(result).as(name).hasStatusOk();
			assertThat(result).as(name).bodyJson().extractingPath("$.best.status").isEqualTo("CONVERGED");
		}
		for (String schema : List.of("MultiStartRequest", "MultiStartResponse", "IntervalRequest", "StartSummary",
				"MinimumSummary", "Counts")) {
			JsonNode properties = docs.at("/components/schemas/" + schema + "/properties");
			assertThat(properties.propertyNames()).as(schema).isNotEmpty();
			for (String property : properties.propertyNames()) {
				assertThat(properties.get(property).has("description") || properties.get(property).has("$ref"))
					.as(schema + "." + property)
					.isTrue();
			}
		}
	}

	private MvcTestResult post(String body) {
		return this.mvc.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private static JsonNode body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private static JsonNode withoutElapsed(JsonNode node) {
		ObjectNode copy = (ObjectNode) node.deepCopy();
		copy.remove("elapsedMillis");
		return copy;
	}

}
