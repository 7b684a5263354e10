package dev.descent.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies over {@code descent.limits.request-body-size} (64 KB here): refused
 * unread when their length is declared, and stopped while read when it is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { FitControllerTests.DATA_ROWS, FitControllerTests.EPOCH_ROWS, FitControllerTests.BODY_SIZE })
@AutoConfigureMockMvc
class RequestBodyLimitFilterTests {

	private static final int LIMIT = 64 * 1024;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@LocalServerPort
	private int port;

	@Test
	void filterWhenDeclaredLengthIsOverTheLimitShouldAnswer413Unread() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/fit")
			.contentType(MediaType.APPLICATION_JSON)
			.content(new byte[LIMIT + 1])
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = this.json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(problem.get("type").asString()).isEqualTo("urn:descent:problem:body-too-large");
		assertThat(problem.get("detail").asString())
			.isEqualTo("the request body has 65537 bytes, more than the limit of 65536 "
					+ "(descent.limits.request-body-size)");
		assertThat(problem.get("maximum").asLong()).isEqualTo(LIMIT);
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/fit");
	}

	@Test
	void filterWhenBodyIsWithinTheLimitShouldPassItOn() {
		String body = FitControllerTests.lineCsv(1000);
		assertThat(body.length()).isLessThan(LIMIT);
		MvcTestResult result = this.mvc.post()
			.uri(URI.create("/api/v1/fit?model=a*x%2Bb&target=y&parameters=a:0,b:0&epochs=1"))
			.contentType(MediaType.parseMediaType("text/csv"))
			.content(body)
			.exchange();
		assertThat(result).hasStatusOk();
	}

	static Stream<Arguments> chunkedBodies() {
		String csvRows = FitControllerTests.lineCsv(1000).substring(4);
		String csv = "x,y\n" + csvRows + csvRows + csvRows;
		String json = "{\"model\": \"a*x + b\", \"parameters\": {\"a\": 0, \"b\": 0}, \"target\": \"y\", "
				+ "\"data\": {\"x\": [" + "1.5, ".repeat(LIMIT / 5) + "1], \"y\": [1]}}";
		return Stream.of(Arguments.of("text/csv", "?model=a*x%2Bb&target=y&parameters=a:0,b:0", csv),
				Arguments.of("application/json", "", json));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("chunkedBodies")
	void filterWhenChunkedBodyGrowsPastTheLimitShouldAnswer413(String contentType, String query, String body)
			throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		assertThat(bytes.length).isGreaterThan(LIMIT);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/fit" + query))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		HttpResponse<String> response = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:descent:problem:body-too-large");
		assertThat(problem.get("detail").asString())
			.isEqualTo("the request body is larger than the limit of 65536 bytes (descent.limits.request-body-size)");
	}

}
