package dev.descent.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The OpenAPI document describes every endpoint with examples, and every example works
 * when executed, as "Execute" in Swagger UI would run it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void apiDocsShouldDescribeEveryOperationWithWorkingExamples() {
		JsonNode document = JsonResponses.ok(this.mvc.get().uri("/v3/api-docs").exchange());
		List<String> executed = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				assertThat(operation.getValue().path("summary").asString()).as(path.getKey()).isNotBlank();
				String uri = path.getKey() + query(operation.getValue());
				JsonNode content = operation.getValue().path("requestBody").path("content");
				for (Map.Entry<String, JsonNode> media : content.properties()) {
					JsonNode examples = media.getValue().path("examples");
					assertThat(examples.size()).as(path.getKey() + " examples").isPositive();
					for (Map.Entry<String, JsonNode> example : examples.properties()) {
						JsonNode value = example.getValue().get("value");
						String body = value.isString() ? value.stringValue() : value.toString();
						MvcTestResult result = this.mvc.post()
							.uri(URI.create(uri))
							.contentType(MediaType.parseMediaType(media.getKey()))
							.content(body)
							.exchange();
						assertThat(result.getResponse().getStatus()).as(path.getKey() + " " + example.getKey())
							.isEqualTo(200);
						executed.add(path.getKey() + " " + example.getKey());
					}
				}
			}
		}
		assertThat(executed).contains("/api/v1/minimize reference", "/api/v1/evaluate values");
	}

	/**
	 * The query string Swagger UI fills in from the examples of an operation's query
	 * parameters; a JSON body ignores them.
	 */
	private static String query(JsonNode operation) {
		String query = operation.path("parameters")
			.valueStream()
			.filter((parameter) -> "query".equals(parameter.path("in").asString()) && parameter.has("example"))
			.map((parameter) -> parameter.get("name").asString() + "="
					+ URLEncoder.encode(parameter.get("example").asString(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	@Test
	void apiDocsShouldDescribeEveryRequestField() {
		JsonNode schemas = JsonResponses.ok(this.mvc.get().uri("/v3/api-docs").exchange())
			.get("components")
			.get("schemas");
		for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
			if (schema.getKey().endsWith("Request")) {
				for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
					assertThat(property.getValue().path("description").asString())
						.as(schema.getKey() + "." + property.getKey())
						.isNotBlank();
				}
			}
		}
	}

	@Test
	void swaggerUiShouldBeServed() {
		MvcTestResult result = this.mvc.get().uri("/swagger-ui/index.html").exchange();
		assertThat(result).hasStatusOk();
	}

}
