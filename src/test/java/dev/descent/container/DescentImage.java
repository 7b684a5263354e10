package dev.descent.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;

import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The image under test, built once per test run from the project's {@code Dockerfile}.
 * <p>
 * The tests build the Dockerfile's {@code prebuilt} stage around the jar that Maven has
 * just packaged, not the default {@code runtime} stage: that one runs the Maven wrapper
 * inside the build, which downloads Maven and every dependency, and a container on the
 * build machines cannot be counted on to reach Maven Central. Both stages start from the
 * same {@code jre} stage, which holds the user, port, health check and command under
 * test.
 * <p>
 * The runtime base image is the Dockerfile's default (a public image) unless
 * {@value #BASE_IMAGE_VARIABLE} names another, such as the image made from Debian's
 * packages by {@code scripts/container-env}.
 */
final class DescentImage {

	/** The environment variable naming a local runtime base image. */
	static final String BASE_IMAGE_VARIABLE = "DESCENT_TEST_BASE_IMAGE";

	/** The system property, set by the build, naming the packaged jar. */
	static final String JAR_PROPERTY = "descent.jar";

	/**
	 * The name the image is tagged with. The image is kept after the run, for a look with
	 * {@code docker run}, and the next run's image takes the name over.
	 */
	static final String NAME = "localhost/descent-test";

	private static final String DEFAULT_RUNTIME_IMAGE = "eclipse-temurin:17-jre";

	private static final Future<String> IMAGE = build();

	private DescentImage() {
	}

	/**
	 * The image, built on first use.
	 * @return the image name, to be resolved by the container
	 */
	static Future<String> get() {
		return IMAGE;
	}

	/**
	 * The image the runtime stage starts from.
	 * @return the image name
	 */
	static String runtimeBase() {
		String base = System.getenv(BASE_IMAGE_VARIABLE);
		return (base != null && !base.isBlank()) ? base : DEFAULT_RUNTIME_IMAGE;
	}

	private static Future<String> build() {
		String jarProperty = System.getProperty(JAR_PROPERTY);
		if (jarProperty == null) {
			throw new IllegalStateException("System property '" + JAR_PROPERTY
					+ "' is not set: the container tests run in Maven's verify phase, after the jar is packaged");
		}
		Path jar = Path.of(jarProperty);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No jar at '" + jar + "': run ./mvnw verify, which packages it first");
		}
		String jarInContext = "target/" + jar.getFileName();
		return new ImageFromDockerfile(NAME, false).withFileFromPath("Dockerfile", Path.of("Dockerfile"))
			.withFileFromPath(jarInContext, jar)
			.withBuildArg("RUNTIME_IMAGE", runtimeBase())
			.withBuildArg("JAR_FILE", jarInContext)
			.withTarget("prebuilt");
	}

}
