package dev.descent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data flows one way, {@code api} to {@code optimization} to {@code expression}, and only
 * the web layer knows Spring. Checked on the sources' imports.
 */
class ArchitectureTests {

	private static final Path ROOT = Path.of("src/main/java/dev/descent");

	static Stream<Arguments> rules() {
		return Stream.of(
				Arguments.of("expression",
						List.of("dev.descent.optimization", "dev.descent.api", "org.springframework")),
				Arguments.of("optimization", List.of("dev.descent.api", "org.springframework", "jakarta.")),
				Arguments.of("plot", List.of("dev.descent.api", "org.springframework", "jakarta.")));
	}

	@ParameterizedTest(name = "{0} does not import {1}")
	@MethodSource("rules")
	void packageShouldNotDependOnLayersAboveIt(String feature, List<String> forbidden) throws IOException {
		try (Stream<Path> files = Files.walk(ROOT.resolve(feature))) {
			List<String> imports = files.filter((file) -> file.toString().endsWith(".java"))
				.flatMap(ArchitectureTests::lines)
				.filter((line) -> line.startsWith("import "))
				.filter((line) -> forbidden.stream().anyMatch((prefix) -> line.contains(" " + prefix)))
				.toList();
			assertThat(imports).isEmpty();
		}
	}

	private static Stream<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
