package dev.descent.container;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.HealthCheck;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs Descent's image for real, as {@code docker-compose.yml} runs it, and checks what
 * the image promises: a user without privileges, java as process 1 with its heap taken
 * from the memory limit, a working health check, the API on the published port, and no
 * writes outside {@code /tmp}.
 */
@EnabledIfContainerEngine
@Testcontainers
class DescentContainerIT {

	static final String REFERENCE_REQUEST = """
			{"expression": "x^2 + 1", "start": {"x": -3.0},
			 "optimizer": {"method": "GRADIENT_DESCENT", "learningRate": 0.01}, "steps": 500,
			 "gradient": {"method": "CENTRAL", "h": 1e-7},
			 "stopping": {"gradientTolerance": 0, "stepTolerance": 0, "valueTolerance": 0,
			              "stopOnDivergence": false}}""";

	private static final Logger logger = LoggerFactory.getLogger(DescentContainerIT.class);

	private static final long ONE_MEBIBYTE = 1024 * 1024;

	@Container
	static final DescentContainer descent = new DescentContainer();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void containerWhenStartedShouldRunAsUserWithoutPrivileges() throws Exception {
		ExecResult id = descent.execInContainer("id", "-u");
		String processOneUid = status(1, "Uid:").get(0);
		assertThat(id.getStdout().strip()).isNotEqualTo("0").isEqualTo(processOneUid);
	}

	@Test
	void entrypointWhenStartedShouldRunJavaAsProcessOneWithHeapFromMemoryLimit() throws Exception {
		List<String> commandLine = List.of(descent.execInContainer("cat", "/proc/1/cmdline").getStdout().split("\0"));
		assertThat(commandLine).startsWith("java").contains("-XX:MaxRAMPercentage=75");
		ExecResult flags = descent.execInContainer("java", "-XX:MaxRAMPercentage=75", "-XX:+PrintFlagsFinal",
				"-version");
		long maxHeap = flags.getStdout()
			.lines()
			.filter((line) -> line.contains(" MaxHeapSize "))
			.map((line) -> Long.parseLong(line.split("=")[1].strip().split("\\s+")[0]))
			.findFirst()
			.orElseThrow();
		assertThat((double) maxHeap).isCloseTo(0.75 * DescentContainer.MEMORY_LIMIT, within(16.0 * ONE_MEBIBYTE));
	}

	@Test
	void healthWhenApplicationStartedShouldBeUp() throws Exception {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = descent.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(this.json.readTree(response.body()).path("status").asString()).as(path).isEqualTo("UP");
		}
	}

	@Test
	void healthCheckWhenRunInContainerShouldSucceed() throws Exception {
		// The container's configuration, taken from the image: Podman 4.3 leaves the
		// health
		// check out of its Docker-compatible image inspection, not out of the
		// container's.
		HealthCheck healthCheck = descent.getContainerInfo().getConfig().getHealthcheck();
		assertThat(healthCheck).as("the image's HEALTHCHECK").isNotNull();
		List<String> test = healthCheck.getTest();
		assertThat(test).first().isEqualTo("CMD");
		ExecResult result = descent.execInContainer(test.subList(1, test.size()).toArray(String[]::new));
		assertThat(result.getExitCode()).as(result.toString()).isZero();
		assertThat(result.getStdout()).contains("HTTP 200");
	}

	@Test
	void minimizeWhenReferenceCaseShouldAnswerReferencePoint() throws Exception {
		HttpResponse<String> response = descent.post("/api/v1/minimize", REFERENCE_REQUEST);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = this.json.readTree(response.body());
		assertThat(result.path("status").asString()).isEqualTo("MAX_STEPS");
		assertThat(result.path("point").path("x").isNumber()).as(response.body()).isTrue();
		assertThat(result.path("point").path("x").doubleValue()).isEqualTo(-1.2307192187321903E-4);
	}

	@Test
	void rootFilesystemWhenReadOnlyShouldAcceptWritesOnlyInTmp() throws Exception {
		assertThat(descent.execInContainer("touch", "/app/written").getExitCode()).isNotZero();
		assertThat(descent.execInContainer("touch", "/written").getExitCode()).isNotZero();
		assertThat(descent.execInContainer("touch", "/tmp/written").getExitCode()).isZero();
	}

	@Test
	void imageWhenBuiltShouldAddLittleToItsBase() throws Exception {
		long image = inspect(descent.getDockerImageName()).getSize();
		long base = inspect(DescentImage.runtimeBase()).getSize();
		logger.info("Image size: {} MiB, of which {} MiB are the base image {}", image / ONE_MEBIBYTE,
				base / ONE_MEBIBYTE, DescentImage.runtimeBase());
		assertThat(image - base).isPositive().isLessThan(100 * ONE_MEBIBYTE);
	}

	private List<String> status(int pid, String field) throws IOException, InterruptedException {
		String status = descent.execInContainer("cat", "/proc/" + pid + "/status").getStdout();
		return status.lines()
			.filter((line) -> line.startsWith(field))
			.map((line) -> List.of(line.substring(field.length()).strip().split("\\s+")))
			.findFirst()
			.orElseThrow();
	}

	private static InspectImageResponse inspect(String image) {
		DockerClient client = DockerClientFactory.instance().client();
		return client.inspectImageCmd(image).exec();
	}

}
