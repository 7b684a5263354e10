package dev.descent.container;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the project's {@code Dockerfile} without building it; {@link DescentContainerIT}
 * builds and runs it where a container engine is available.
 */
class DockerfileTests {

	private static Dockerfile dockerfile;

	@BeforeAll
	static void readDockerfile() throws IOException {
		dockerfile = Dockerfile.read(Path.of("Dockerfile"));
	}

	@Test
	void baseImagesWhenNotOverriddenShouldBePublicTemurinImages() {
		assertThat(dockerfile.argumentDefault("BUILD_IMAGE")).hasValue("eclipse-temurin:17-jdk");
		assertThat(dockerfile.argumentDefault("RUNTIME_IMAGE")).hasValue("eclipse-temurin:17-jre");
		assertThat(dockerfile.all("FROM"))
			.allSatisfy((from) -> assertThat(from).matches("(\\$\\{BUILD_IMAGE}|\\$\\{RUNTIME_IMAGE}|jre) AS [a-z-]+"));
	}

	@Test
	void stagesWhenBuiltByDefaultShouldBuildFromSourcesOnJre() {
		List<String> stages = dockerfile.all("FROM");
		assertThat(stages).contains("${BUILD_IMAGE} AS build", "jre AS prebuilt").last().isEqualTo("jre AS runtime");
		assertThat(dockerfile.all("COPY")).contains("--from=build /unpacked/ /app/");
	}

	@Test
	void entrypointWhenDeclaredShouldExecJavaWithHeapFromMemoryLimit() {
		assertThat(dockerfile.execForm("ENTRYPOINT")).containsExactly("java", "-XX:MaxRAMPercentage=75", "-jar",
				"/app/descent.jar");
	}

	@Test
	void userWhenDeclaredShouldBeNumericAndNotRoot() {
		assertThat(dockerfile.all("USER")).singleElement().asString().matches("\\d+(:\\d+)?").doesNotStartWith("0");
	}

	@Test
	void healthCheckWhenDeclaredShouldRunHealthProbeFromApplicationJar() {
		List<String> command = dockerfile.healthCheck().command();
		assertThat(command).first().isEqualTo("java");
		assertThat(command).containsSubsequence("-cp", "/app/descent.jar", HealthProbe.class.getName());
		assertThat(command).last().asString().startsWith("http://127.0.0.1:");
	}

	@Test
	void exposeWhenDeclaredShouldNameOnePort() {
		assertThat(dockerfile.all("EXPOSE")).containsExactly("8080");
	}

}
