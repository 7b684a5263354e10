package dev.descent.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.descent.optimization.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /api/v1/fit} over HTTP: JSON and CSV input, the seed, every data error as a
 * problem naming its row and column, the limits, and the OpenAPI examples.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { FitControllerTests.DATA_ROWS, FitControllerTests.EPOCH_ROWS, FitControllerTests.BODY_SIZE })
@AutoConfigureMockMvc
class FitControllerTests {

	/**
	 * A small row limit; the three limits are shared with the filter's tests, so that
	 * both use one context.
	 */
	static final String DATA_ROWS = "descent.limits.data-rows=1000";

	/** A small limit of epochs times rows. */
	static final String EPOCH_ROWS = "descent.limits.epoch-rows=1000000";

	/** A small body limit. */
	static final String BODY_SIZE = "descent.limits.request-body-size=64KB";

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private static final String CSV_QUERY = "/api/v1/fit?model=a*x%2Bb&target=y&parameters=a:0,b:0&batchSize=8"
			+ "&epochs=200&seed=11&optimizer=ADAM&learningRate=0.05";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@Test
	void fitWhenJsonColumnsShouldReturnParametersCurveAndCounts() {
		Map<String, Object> request = lineRequest(40);
		JsonNode response = ok(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)));
		assertThat(response.get("status").asString()).isEqualTo(Status.MAX_STEPS.name());
		assertThat(response.get("parameters").get("a").asDouble()).isCloseTo(2.0, within(0.01));
		assertThat(response.get("parameters").get("b").asDouble()).isCloseTo(1.0, within(0.01));
		assertThat(response.get("epochLosses")).hasSize(200);
		assertThat(response.get("epochs").asInt()).isEqualTo(200);
		assertThat(response.get("updates").asLong()).isEqualTo(1000);
		assertThat(response.get("rows").asInt()).isEqualTo(40);
		assertThat(response.get("seed").asLong()).isEqualTo(11);
		assertThat(response.get("loss").asDouble()).isLessThan(response.get("initialLoss").asDouble());
	}

	@Test
	void fitWhenCsvBodyShouldGiveTheSameFitAsTheSameJsonColumns() {
		JsonNode fromJson = ok(this.mvc.post()
			.uri("/api/v1/fit")
			.contentType(MediaType.APPLICATION_JSON)
			.content(text(lineRequest(40))));
		JsonNode fromCsv = ok(this.mvc.post().uri(URI.create(CSV_QUERY)).contentType(TEXT_CSV).content(lineCsv(40)));
		assertThat(fromCsv.get("parameters")).isEqualTo(fromJson.get("parameters"));
		assertThat(fromCsv.get("epochLosses")).isEqualTo(fromJson.get("epochLosses"));
	}

	@Test
	void fitWhenSeedAbsentShouldReturnOneThatRepeatsTheFit() {
		Map<String, Object> request = lineRequest(40);
		request.remove("seed");
		JsonNode first = ok(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)));
		long seed = first.get("seed").asLong();
		assertThat(seed).isBetween(0L, 1L << 53);
		request.put("seed", seed);
		JsonNode second = ok(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)));
		assertThat(second.get("parameters")).isEqualTo(first.get("parameters"));
	}

	@Test
	void fitWhenBatchSizeExceedsRowsShouldRunFullBatchesAndWarn() {
		Map<String, Object> request = lineRequest(40);
		request.put("batchSize", 100);
		JsonNode response = ok(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)));
		assertThat(response.get("batchSize").asInt()).isEqualTo(40);
		assertThat(response.get("updates").asLong()).isEqualTo(200);
		assertThat(response.get("warnings").get(0).asString()).startsWith("batchSize 100 is more than the 40 rows");
	}

	static Stream<Arguments> jsonDataErrors() {
		return Stream.of(
				Arguments.of("{\"x\": [1, 2, 3], \"y\": [1, 2]}",
						"column 'x' has 3 rows, but the target column 'y' has 2", "x", null),
				Arguments.of("{\"x\": [1, 2, 3]}", "the data have no target column 'y'; the columns are [x]", "y",
						null),
				Arguments.of("{\"x\": [1, \"two\", 3], \"y\": [1, 2, 3]}",
						"row 2 of column 'x' is the string \"two\", not a number", "x", 2),
				Arguments.of("{\"x\": [1, 2, 3], \"y\": [1, null, 3]}", "row 2 of column 'y' is null, not a number",
						"y", 2),
				Arguments.of("{\"x\": [1, 2, 1e999], \"y\": [1, 2, 3]}",
						"row 3 of column 'x' is 1e999, not a finite number", "x", 3),
				Arguments.of("{\"x\": 1, \"y\": [1, 2, 3]}", "column 'x' must be a JSON array of numbers", "x", null),
				Arguments.of("{\"x\": [1, 2], \"x\": [1, 2], \"y\": [1, 2]}", "column 'x' appears twice", "x", null));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("jsonDataErrors")
	void fitWhenJsonDataUnusableShouldAnswerProblemWithRowAndColumn(String data, String detail, String column,
			Integer row) {
		String request = "{\"model\": \"a*x + b\", \"parameters\": {\"a\": 0, \"b\": 0}, \"target\": \"y\", \"data\": "
				+ data + "}";
		assertDataProblem(this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(request),
				detail, column, row);
	}

	static Stream<Arguments> csvDataErrors() {
		return Stream.of(
				Arguments.of("x,y\n1,2\n3\n", "row 2 (line 3) has 1 cells, but the header names 2 columns", null, 2),
				Arguments.of("x,z\n1,2\n", "the data have no target column 'y'; the columns are [x, z]", "y", null),
				Arguments.of("x,y\n1,2\n2,abc\n", "row 2 (line 3), column 'y': 'abc' is not a number", "y", 2),
				Arguments.of("x,y\n1,2\n2,\n", "row 2 (line 3), column 'y' is empty", "y", 2),
				Arguments.of("x,y\nInfinity,2\n", "row 1 (line 2), column 'x': 'Infinity' is not a number", "x", 1),
				Arguments.of("x,y\n1e400,2\n", "row 1 (line 2), column 'x': '1e400' is not a finite number", "x", 1));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("csvDataErrors")
	void fitWhenCsvDataUnusableShouldAnswerProblemWithRowAndColumn(String csv, String detail, String column,
			Integer row) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post().uri(URI.create(CSV_QUERY)).contentType(TEXT_CSV);
		assertDataProblem(request.content(csv), detail, column, row);
	}

	@Test
	void fitWhenCrossEntropyTargetIsNoProbabilityShouldAnswerProblemWithRow() {
		Map<String, Object> request = lineRequest(5);
		request.put("loss", "BCE");
		request.put("data", ordered("x", List.of(0, 1, 2), "y", List.of(0, 1, 2)));
		assertDataProblem(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)),
				"row 3 of the target column 'y' is 2.0, but BCE needs targets between 0 and 1", "y", 3);
	}

	private void assertDataProblem(MockMvcTester.MockMvcRequestBuilder request, String detail, String column,
			Integer row) {
		JsonNode problem = problem(request, HttpStatus.BAD_REQUEST, "urn:descent:problem:invalid-data");
		assertThat(problem.get("detail").asString()).isEqualTo(detail);
		assertThat(problem.path("column").asString(null)).isEqualTo(column);
		if (row != null) {
			assertThat(problem.get("row").asInt()).isEqualTo(row);
		}
	}

	@Test
	void fitWhenModelUsesAnUnknownNameShouldNameItAndTheKnownOnes() {
		Map<String, Object> request = lineRequest(5);
		request.put("model", "a*x + b*z");
		JsonNode problem = problem(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)),
				HttpStatus.BAD_REQUEST, "urn:descent:problem:invalid-expression");
		assertThat(problem.get("field").asString()).isEqualTo("model");
		assertThat(problem.get("name").asString()).isEqualTo("z");
		assertThat(problem.get("position").asInt()).isEqualTo(8);
		assertThat(problem.get("detail").asString()).endsWith("; the parameters are [a, b] and the input columns [x]");
	}

	@Test
	void fitWhenModelUsesTheTargetShouldSaySo() {
		Map<String, Object> request = lineRequest(5);
		request.put("model", "a*x + y");
		JsonNode problem = problem(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)),
				HttpStatus.BAD_REQUEST, "urn:descent:problem:invalid-expression");
		assertThat(problem.get("detail").asString()).isEqualTo(
				"the model uses the target column 'y'; a model may use the parameters and the input columns only");
	}

	@Test
	void fitWhenParameterIsAlsoAColumnShouldNameIt() {
		Map<String, Object> request = lineRequest(5);
		request.put("parameters", Map.of("x", 0));
		JsonNode problem = problem(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)),
				HttpStatus.BAD_REQUEST, "urn:descent:problem:invalid-request");
		assertThat(problem.get("field").asString()).isEqualTo("parameters.x");
	}

	static Stream<Arguments> limits() {
		return Stream.of(Arguments.of(1001, 1, "data", "descent.limits.data-rows"),
				Arguments.of(10, 10_001, "epochs", "descent.limits.trajectory-points"),
				Arguments.of(1000, 100_001, "epochs", "descent.limits.trajectory-points"),
				Arguments.of(1000, 10_000, "epochs", "descent.limits.epoch-rows"));
	}

	@ParameterizedTest(name = "{0} rows, {1} epochs: {3}")
	@MethodSource("limits")
	void fitWhenOverALimitShouldNameIt(int rows, int epochs, String field, String limit) {
		Map<String, Object> request = lineRequest(rows);
		request.put("epochs", epochs);
		JsonNode problem = problem(
				this.mvc.post().uri("/api/v1/fit").contentType(MediaType.APPLICATION_JSON).content(text(request)),
				HttpStatus.BAD_REQUEST, "urn:descent:problem:limit-exceeded");
		assertThat(problem.get("field").asString()).isEqualTo(field);
		assertThat(problem.get("limit").asString()).isEqualTo(limit);
	}

	@Test
	void fitWhenCsvRowsOverTheLimitShouldNameIt() {
		JsonNode problem = problem(
				this.mvc.post().uri(URI.create(CSV_QUERY)).contentType(TEXT_CSV).content(lineCsv(1001)),
				HttpStatus.BAD_REQUEST, "urn:descent:problem:limit-exceeded");
		assertThat(problem.get("limit").asString()).isEqualTo("descent.limits.data-rows");
	}

	static Stream<Arguments> badQueries() {
		return Stream.of(
				Arguments.of("parameters=a:0,b:0&batchSize=abc", "batchSize",
						"'batchSize' must be a whole number, not 'abc'"),
				Arguments.of("parameters=a0", "parameters",
						"'parameters' must list name:value pairs separated by commas, as a:0,b:1, each value a finite "
								+ "number; 'a0' is not one"),
				Arguments.of("parameters=a:0,b:0&epochs=-1", "epochs", "'epochs' must be greater than or equal to 0"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badQueries")
	void fitWhenCsvQueryParameterIsBadShouldNameIt(String query, String field, String detail) {
		JsonNode problem = problem(this.mvc.post()
			.uri(URI.create("/api/v1/fit?model=a*x%2Bb&target=y&" + query))
			.contentType(TEXT_CSV)
			.content(lineCsv(5)), HttpStatus.BAD_REQUEST, "urn:descent:problem:invalid-request");
		assertThat(problem.get("field").asString()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).isEqualTo(detail);
	}

	@Test
	void openApiExamplesWhenExecutedShouldFitWithoutProblems() {
		JsonNode docs = this.json
			.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray());
		JsonNode operation = docs.get("paths").get("/api/v1/fit").get("post");
		JsonNode jsonExamples = operation.get("requestBody").get("content").get("application/json").get("examples");
		assertThat(jsonExamples.propertyNames()).containsExactly("line", "decay", "logistic");
		for (JsonNode example : jsonExamples.values()) {
			JsonNode response = ok(this.mvc.post()
				.uri("/api/v1/fit")
				.contentType(MediaType.APPLICATION_JSON)
				.content(example.get("value").toString()));
			assertThat(response.get("status").asString()).isIn("MAX_STEPS", "CONVERGED");
		}
		String query = operation.get("parameters")
			.valueStream()
			.filter((parameter) -> parameter.has("example"))
			.map((parameter) -> parameter.get("name").asString() + "="
					+ URLEncoder.encode(parameter.get("example").asString(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String csv = operation.get("requestBody")
			.get("content")
			.get(TEXT_CSV.toString())
			.get("examples")
			.get("line-csv")
			.get("value")
			.asString();
		JsonNode response = ok(
				this.mvc.post().uri(URI.create("/api/v1/fit?" + query)).contentType(TEXT_CSV).content(csv));
		assertThat(response.get("parameters").get("a").asDouble()).isCloseTo(2.0, within(0.01));
	}

	private JsonNode ok(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private JsonNode problem(MockMvcTester.MockMvcRequestBuilder request, HttpStatus status, String type) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = this.json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(problem.get("type").asString()).isEqualTo(type);
		return problem;
	}

	/** A fit of {@code a*x + b} to rows on \(y = 2x + 1\) with a small wobble. */
	static Map<String, Object> lineRequest(int rows) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("model", "a*x + b");
		request.put("parameters", ordered("a", 0, "b", 0));
		request.put("data", ordered("x", xs(rows), "y", xs(rows).stream().map(FitControllerTests::line).toList()));
		request.put("target", "y");
		request.put("batchSize", 8);
		request.put("epochs", 200);
		request.put("seed", 11);
		request.put("optimizer", Map.of("method", "ADAM", "learningRate", 0.05));
		return request;
	}

	private static Map<String, Object> ordered(String firstKey, Object first, String secondKey, Object second) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(firstKey, first);
		map.put(secondKey, second);
		return map;
	}

	static String lineCsv(int rows) {
		return "x,y\n" + xs(rows).stream().map((x) -> x + "," + line(x)).collect(Collectors.joining("\n")) + "\n";
	}

	private static List<Double> xs(int rows) {
		return IntStream.range(0, rows).mapToObj((i) -> i / 10.0).toList();
	}

	private static double line(double x) {
		return 2 * x + 1 + 0.01 * Math.sin(7 * x);
	}

	private String text(Object value) {
		return this.json.writeValueAsString(value);
	}

}
