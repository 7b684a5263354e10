package dev.descent.api;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/v1/minimize} and {@code /minimize/multistart} as event streams, over a
 * real connection: events in order, the result last and equal to the JSON call's body,
 * problems before the stream, and a client that hangs up stops the run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "descent.limits.deadline=120s")
class MinimizeStreamTests {

	private static final String ROSENBROCK = "{\"expression\": \"100*(y - x^2)^2 + (1 - x)^2\", "
			+ "\"start\": {\"x\": -1.2, \"y\": 1}, \"optimizer\": {\"method\": \"GRADIENT_DESCENT\", "
			+ "\"learningRate\": 0.001}, \"steps\": 200000, \"trajectoryEvery\": 20000, "
			+ "\"stopping\": {\"gradientTolerance\": 0}}";

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Test
	void minimizeWhenAskedForEventsShouldStreamProgressInOrderThenTheResult() throws Exception {
		HttpResponse<java.util.stream.Stream<String>> response = this.client
			.send(request(ROSENBROCK, "text/event-stream"), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		List<Event> events = events(response.body().collect(Collectors.toList()));
		assertThat(events).isNotEmpty();
		List<String> names = events.stream().map(Event::name).toList();
		assertThat(names.subList(0, names.size() - 1)).isNotEmpty().containsOnly("progress");
		assertThat(names.get(names.size() - 1)).isEqualTo("result");
		List<Integer> steps = events.subList(0, events.size() - 1)
			.stream()
			.map((event) -> this.json.readTree(event.data()).get("step").asInt())
			.toList();
		assertThat(steps.get(0)).isEqualTo(1);
		assertThat(steps).isSorted().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(ThrottledProgress.MAX_EVENTS);
		JsonNode first = this.json.readTree(events.get(0).data());
		assertThat(first.get("point").propertyNames()).containsExactly("x", "y");
		assertThat(first.get("value").isNumber()).isTrue();
		JsonNode streamed = this.json.readTree(events.get(events.size() - 1).data());
		HttpResponse<String> plain = this.client.send(request(ROSENBROCK, "application/json"),
				HttpResponse.BodyHandlers.ofString());
		JsonNode answered = this.json.readTree(plain.body());
		assertThat(withoutTiming(streamed)).isEqualTo(withoutTiming(answered));
		assertThat(streamed.get("status").asString()).isEqualTo("MAX_STEPS");
		assertThat(streamed.get("steps").asInt()).isEqualTo(200000);
	}

	@Test
	void minimizeWhenEventsAreAskedForABadExpressionShouldAnswerAProblemBeforeStreaming() throws Exception {
		HttpResponse<String> response = this.client.send(
				request("{\"expression\": \"x^^2\", \"start\": {\"x\": 1}}", "text/event-stream"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:descent:problem:invalid-expression");
		assertThat(problem.get("field").asString()).isEqualTo("expression");
		assertThat(problem.get("position").asInt()).isEqualTo(2);
	}

	@Test
	void minimizeWhenEventsAreAskedForAnInvalidFieldShouldNameTheField() throws Exception {
		HttpResponse<String> response = this.client.send(
				request("{\"expression\": \"x^2\", \"start\": {\"x\": 1}, " + "\"optimizer\": {\"learningRate\": -1}}",
						"text/event-stream"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("field").asString()).isEqualTo("optimizer.learningRate");
	}

	@Test
	void minimizeWhenTheClientDisconnectsShouldStopTheRun() throws Exception {
		Counter cancelled = this.meters.counter("descent.streams", "outcome", "cancelled");
		Counter completed = this.meters.counter("descent.streams", "outcome", "completed");
		double cancelledBefore = cancelled.count();
		double completedBefore = completed.count();
		String body = "{\"expression\": \"" + heavyExpression() + "\", \"start\": {\"x\": 0.5, \"y\": 0.5}, "
				+ "\"optimizer\": {\"learningRate\": 1e-9}, \"steps\": 1000000, "
				+ "\"stopping\": {\"gradientTolerance\": 0, \"stopOnDivergence\": false}}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/minimize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Accept: text/event-stream\r\nContent-Length: " + bytes.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String line = in.readLine();
			assertThat(line).startsWith("HTTP/1.1 200");
			while (line != null && !line.equals("event:progress")) {
				line = in.readLine();
			}
			assertThat(line).isEqualTo("event:progress");
		}
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(cancelled.count()).isGreaterThan(cancelledBefore));
		assertThat(completed.count()).isEqualTo(completedBefore);
	}

	@Test
	void multistartWhenAskedForEventsShouldStreamStartsDoneThenTheResult() throws Exception {
		String body = "{\"expression\": \"(x^2 + y - 11)^2 + (x + y^2 - 7)^2\", \"bounds\": {\"x\": "
				+ "{\"lower\": -5, \"upper\": 5}, \"y\": {\"lower\": -5, \"upper\": 5}}, "
				+ "\"starts\": 400, \"seed\": 42}";
		HttpResponse<java.util.stream.Stream<String>> response = this.client.send(
				request("/api/v1/minimize/multistart", body, "text/event-stream"), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		List<Event> events = events(response.body().collect(Collectors.toList()));
		List<String> names = events.stream().map(Event::name).toList();
		assertThat(names.subList(0, names.size() - 1)).isNotEmpty().containsOnly("progress");
		assertThat(names.get(names.size() - 1)).isEqualTo("result");
		List<JsonNode> progress = events.subList(0, events.size() - 1)
			.stream()
			.map((event) -> this.json.readTree(event.data()))
			.toList();
		assertThat(progress).extracting((event) -> event.get("step").asInt())
			.isSorted()
			.doesNotHaveDuplicates()
			.allSatisfy((done) -> assertThat(done).isBetween(1, 400));
		assertThat(progress).extracting((event) -> event.get("value").asDouble())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		JsonNode streamed = this.json.readTree(events.get(events.size() - 1).data());
		HttpResponse<String> plain = this.client.send(request("/api/v1/minimize/multistart", body, "application/json"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutTiming(streamed)).isEqualTo(withoutTiming(this.json.readTree(plain.body())));
		assertThat(streamed.get("minima")).hasSize(4);
	}

	/**
	 * A function slow enough to evaluate that a million steps take far longer than it
	 * takes to notice a closed connection.
	 */
	private static String heavyExpression() {
		return IntStream.rangeClosed(1, 40)
			.mapToObj((k) -> "sin(" + k + "*x)^2 + cos(" + k + "*y)^2")
			.collect(Collectors.joining(" + "));
	}

	private HttpRequest request(String body, String accept) {
		return request("/api/v1/minimize", body, accept);
	}

	private HttpRequest request(String path, String body, String accept) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static JsonNode withoutTiming(JsonNode body) {
		ObjectNode copy = (ObjectNode) body.deepCopy();
		copy.remove("elapsedMillis");
		return copy;
	}

	/**
	 * Reads a {@code text/event-stream} body into its events.
	 */
	private static List<Event> events(List<String> lines) {
		List<Event> events = new ArrayList<>();
		String name = "message";
		StringBuilder data = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					events.add(new Event(name, data.toString()));
				}
				name = "message";
				data.setLength(0);
			}
			else if (line.startsWith("event:")) {
				name = line.substring("event:".length()).strip();
			}
			else if (line.startsWith("data:")) {
				data.append(line.substring("data:".length()));
			}
		}
		if (!data.isEmpty()) {
			events.add(new Event(name, data.toString()));
		}
		return events;
	}

	private record Event(String name, String data) {
	}

}
