package dev.descent.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health groups and metrics, as an operator sees them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void healthShouldOfferLivenessAndReadinessGroups() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void prometheusShouldCountOutcomesEvaluationsAndTimeRequests() {
		assertThat(this.mvc.post()
			.uri("/api/v1/minimize")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expression\": \"x^2\", \"start\": {\"x\": 1}, \"optimizer\": {\"learningRate\": 0.5}}"))
			.hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/api/v1/minimize/multistart")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expression\": \"x^2\", \"bounds\": {\"x\": {\"lower\": -1, \"upper\": 1}}, \"starts\": 3}"))
			.hasStatusOk();
		String metrics = JsonResponses.text(this.mvc.get().uri("/actuator/prometheus").exchange());
		assertThat(metrics).contains("descent_optimizations_total{endpoint=\"minimize\",status=\"CONVERGED\"")
			.contains("descent_evaluations_total{endpoint=\"minimize\"")
			.contains("descent_optimizations_total{endpoint=\"multistart\",status=\"CONVERGED\"}")
			.contains("cache_gets_total{cache=\"expressions\"")
			.contains("http_server_requests_seconds_count{")
			.contains("uri=\"/api/v1/minimize\"");
	}

}
