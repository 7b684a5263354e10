package dev.descent.api;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads response bodies in API tests, checking on the way that they are strict JSON.
 */
final class JsonResponses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private JsonResponses() {
	}

	static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/**
	 * The body as a tree; fails if it holds a NaN or infinity, as a token or a string.
	 */
	static JsonNode read(MvcTestResult result) {
		String body = text(result);
		assertThat(body).doesNotContain("NaN", "Infinity");
		return json.readTree(body);
	}

	static JsonNode ok(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return read(result);
	}

}
