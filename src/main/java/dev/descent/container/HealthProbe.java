package dev.descent.container;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * The container image's health check: asks a health endpoint over HTTP and exits with 0
 * when it answers 200, with 1 otherwise.
 * <p>
 * It runs as a JVM of its own,
 * {@code java -cp /app/descent.jar dev.descent.container.HealthProbe URL}, because the
 * images Descent runs on may lack curl and wget (a Debian minbase has neither) while all
 * of them have {@code java}. It uses only {@code java.base}, so it needs none of the
 * application's libraries and starts in a fraction of a second.
 * <p>
 * Spring Boot answers 503 while the application is down or out of service, so the status
 * code alone tells the outcome and the body is not read.
 */
public final class HealthProbe {

	/** The address probed when none is given: the default port and Actuator's path. */
	public static final URI DEFAULT_URI = URI.create("http://127.0.0.1:8080/actuator/health");

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private HealthProbe() {
	}

	public static void main(String[] args) {
		URI uri = (args.length > 0) ? URI.create(args[0]) : DEFAULT_URI;
		Result result = probe(uri, TIMEOUT);
		// A command-line tool: the engine keeps this line in the container's health log.
		System.out.println(uri + ": " + result.detail());
		System.exit(result.healthy() ? 0 : 1);
	}

	/**
	 * Asks the given address once.
	 * @param uri the health endpoint
	 * @param timeout the most time to connect, and then to read the answer
	 * @return the answer
	 */
	public static Result probe(URI uri, Duration timeout) {
		try {
			HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
			connection.setConnectTimeout((int) timeout.toMillis());
			connection.setReadTimeout((int) timeout.toMillis());
			try {
				int status = connection.getResponseCode();
				return new Result(status, "HTTP " + status);
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return new Result(0, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/**
	 * What a probe found.
	 *
	 * @param status the HTTP status code, or 0 when there was no answer
	 * @param detail the status, or why there was none
	 */
	public record Result(int status, String detail) {

		public boolean healthy() {
			return this.status == 200;
		}

	}

}
