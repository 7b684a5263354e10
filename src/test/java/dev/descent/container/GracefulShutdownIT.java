package dev.descent.container;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.dockerjava.api.DockerClient;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops Descent's container the way an engine does, with SIGTERM and a grace period,
 * while a request is being served, and checks that the request is answered and the JVM
 * exits on its own well within the grace period.
 */
@EnabledIfContainerEngine
@Testcontainers
class GracefulShutdownIT {

	/** Long enough for a request to be under way when SIGTERM arrives. */
	private static final Duration LONG_REQUEST = Duration.ofSeconds(1);

	/**
	 * The shortest calibrated request that still serves, should the service cap the
	 * steps.
	 */
	private static final Duration SHORTEST_USABLE_REQUEST = Duration.ofMillis(300);

	/** How long the engine waits after SIGTERM before it sends SIGKILL. */
	private static final int GRACE_PERIOD_SECONDS = 30;

	/**
	 * What "a few seconds" means here: the request's remainder and the shutdown itself.
	 */
	private static final Duration PROMPT_EXIT = Duration.ofSeconds(10);

	/** The status of a JVM that ran its shutdown hooks after SIGTERM: 128 + 15. */
	private static final long EXIT_ON_SIGTERM = 143;

	/** A sum of many terms, so that each step costs tens of microseconds. */
	private static final String EXPRESSION = IntStream.rangeClosed(1, 250)
		.mapToObj((k) -> "sin(" + k + "*x)^2/" + k)
		.collect(Collectors.joining(" + "));

	private static final Logger logger = LoggerFactory.getLogger(GracefulShutdownIT.class);

	@Container
	static final DescentContainer descent = new DescentContainer();

	@Test
	void stopWhenRequestInFlightShouldAnswerItAndExitPromptly() throws Exception {
		Calibration calibration = calibrate();
		long steps = 2 * calibration.steps();
		CompletableFuture<Long> answeredAt = descent.postAsync("/api/v1/minimize", request(steps))
			.thenApply((response) -> {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				return System.nanoTime();
			});
		Thread.sleep(calibration.took().toMillis() / 4);
		DockerClient client = DockerClientFactory.instance().client();
		long stopping = System.nanoTime();
		client.stopContainerCmd(descent.getContainerId()).withTimeout(GRACE_PERIOD_SECONDS).exec();
		Duration stopped = Duration.ofNanos(System.nanoTime() - stopping);
		logger.info("Stopped in {} ms, with a request of {} steps in flight", stopped.toMillis(), steps);
		assertThat(answeredAt.get(PROMPT_EXIT.toSeconds(), TimeUnit.SECONDS)).as("answered after SIGTERM")
			.isGreaterThan(stopping);
		assertThat(stopped).isLessThan(PROMPT_EXIT);
		Long exitCode = client.inspectContainerCmd(descent.getContainerId()).exec().getState().getExitCodeLong();
		assertThat(exitCode).isEqualTo(EXIT_ON_SIGTERM);
	}

	/**
	 * Doubles the number of steps until a request takes {@link #LONG_REQUEST}, as neither
	 * the speed of the machine nor the service's cap on steps is known in advance. The
	 * first requests are slow while the JVM warms up, so they are not measured; the test
	 * then sends twice the steps found, in case the JIT compiler speeds them up further.
	 */
	private static Calibration calibrate() throws Exception {
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			assertThat(descent.post("/api/v1/minimize", request(1_000)).statusCode()).isEqualTo(200);
		}
		Calibration longest = new Calibration(0, Duration.ZERO);
		for (long steps = 250; longest.took().compareTo(LONG_REQUEST) < 0; steps *= 2) {
			long start = System.nanoTime();
			HttpResponse<String> response = descent.post("/api/v1/minimize", request(steps));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			if (response.statusCode() != 200) {
				assertThat(longest.took())
					.as("longest request before %d steps were refused: %s", steps, response.body())
					.isGreaterThanOrEqualTo(SHORTEST_USABLE_REQUEST);
				break;
			}
			longest = new Calibration(steps, took);
		}
		return longest;
	}

	private static String request(long steps) {
		return """
				{"expression": "%s", "start": {"x": 0.5},
				 "optimizer": {"method": "GRADIENT_DESCENT", "learningRate": 0.0001}, "steps": %d,
				 "gradient": {"method": "CENTRAL", "h": 1e-7},
				 "stopping": {"gradientTolerance": 0, "stepTolerance": 0, "valueTolerance": 0,
				              "stopOnDivergence": false}}""".formatted(EXPRESSION, steps);
	}

	private record Calibration(long steps, Duration took) {

	}

}
