package dev.descent.container;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * Checks that {@code docker-compose.yml} parses and agrees with the {@code Dockerfile}
 * and with the application's configuration, as Spring Boot would load it from the
 * classpath.
 */
class ComposeFileTests {

	/** Spring Boot's default for {@code server.port}. */
	private static final int DEFAULT_SERVER_PORT = 8080;

	/** Spring Boot's default for {@code spring.lifecycle.timeout-per-shutdown-phase}. */
	private static final Duration DEFAULT_SHUTDOWN_PHASE_TIMEOUT = Duration.ofSeconds(30);

	private static Map<String, Object> service;

	private static Dockerfile dockerfile;

	private static StandardEnvironment application;

	@BeforeAll
	static void readFiles() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			service = map(map(compose.get("services")).get("descent"));
		}
		dockerfile = Dockerfile.read(Path.of("Dockerfile"));
		application = new StandardEnvironment();
		application.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		application.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		application.setConversionService(new ApplicationConversionService());
		ConfigDataEnvironmentPostProcessor.applyTo(application);
	}

	@Test
	void serviceWhenDeclaredShouldBuildTheProjectDockerfile() {
		assertThat(map(service.get("build"))).containsEntry("context", ".").doesNotContainKey("target");
	}

	@Test
	void portsWhenDeclaredShouldPublishServerPortOnLoopbackOnly() {
		int serverPort = serverPort();
		assertThat(service.get("ports")).asInstanceOf(LIST)
			.containsExactly("127.0.0.1:%d:%d".formatted(serverPort, serverPort));
		assertThat(dockerfile.all("EXPOSE")).containsExactly(String.valueOf(serverPort));
	}

	@Test
	void healthCheckWhenDeclaredShouldRunDockerfileCommandWithItsTiming() {
		Dockerfile.HealthCheck declared = dockerfile.healthCheck();
		Map<String, Object> healthCheck = map(service.get("healthcheck"));
		assertThat(healthCheck.get("test")).asInstanceOf(LIST).first().isEqualTo("CMD");
		assertThat(healthCheck.get("test")).asInstanceOf(LIST)
			.satisfies((test) -> assertThat(test.subList(1, test.size())).isEqualTo(declared.command()));
		for (String option : List.of("interval", "timeout", "start-period")) {
			Object composeValue = healthCheck.get(option.replace('-', '_'));
			assertThat(DurationStyle.detectAndParse(String.valueOf(composeValue))).as(option)
				.isEqualTo(DurationStyle.detectAndParse(declared.options().get(option)));
		}
		assertThat(String.valueOf(healthCheck.get("retries"))).isEqualTo(declared.options().get("retries"));
	}

	@Test
	void healthCheckWhenDeclaredShouldAskActuatorHealthOnManagementPort() {
		List<String> command = dockerfile.healthCheck().command();
		URI uri = URI.create(command.get(command.size() - 1));
		int managementPort = application.getProperty("management.server.port", Integer.class, serverPort());
		String basePath = application.getProperty("management.endpoints.web.base-path", "/actuator");
		String health = application.getProperty("management.endpoints.web.path-mapping.health", "health");
		assertThat(uri).hasHost("127.0.0.1").hasPort(managementPort).hasPath(basePath + "/" + health);
	}

	@Test
	void rootFilesystemWhenDeclaredShouldBeReadOnlyWithTmpfsForTmp() {
		assertThat(service).containsEntry("read_only", true);
		assertThat(service.get("tmpfs")).asInstanceOf(LIST).containsExactly("/tmp");
	}

	@Test
	void limitsWhenDeclaredShouldAgreeAndLeaveHeapRoom() {
		Map<String, Object> limits = map(map(map(service.get("deploy")).get("resources")).get("limits"));
		long memory = bytes(limits.get("memory"));
		assertThat(bytes(service.get("mem_limit"))).isEqualTo(memory);
		assertThat(memory).as("memory limit, 75 %% of which is heap").isGreaterThanOrEqualTo(256L * 1024 * 1024);
		assertThat(Double.parseDouble(String.valueOf(limits.get("cpus")))).isPositive();
	}

	@Test
	void stopGracePeriodWhenDeclaredShouldExceedShutdownPhaseTimeout() {
		Duration shutdownPhase = application.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class,
				DEFAULT_SHUTDOWN_PHASE_TIMEOUT);
		Duration gracePeriod = DurationStyle.detectAndParse(String.valueOf(service.get("stop_grace_period")));
		assertThat(gracePeriod).isGreaterThan(shutdownPhase);
	}

	private static int serverPort() {
		return application.getProperty("server.port", Integer.class, DEFAULT_SERVER_PORT);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static long bytes(Object size) {
		Matcher matcher = Pattern.compile("(\\d+)([bkmg]?)b?").matcher(String.valueOf(size).toLowerCase());
		assertThat(matcher.matches()).as("a size: %s", size).isTrue();
		int shift = switch (matcher.group(2)) {
			case "k" -> 10;
			case "m" -> 20;
			case "g" -> 30;
			default -> 0;
		};
		return Long.parseLong(matcher.group(1)) << shift;
	}

}
