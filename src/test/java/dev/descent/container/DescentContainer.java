package dev.descent.container;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Descent's image run as {@code docker-compose.yml} runs it: read-only root filesystem, a
 * tmpfs on {@code /tmp}, memory and CPU limits, and its port published on the loopback
 * address only. Tests reach it through that mapped port, never by the container's own
 * address.
 */
final class DescentContainer extends GenericContainer<DescentContainer> {

	static final int PORT = 8080;

	static final long MEMORY_LIMIT = 512L * 1024 * 1024;

	private static final String LOOPBACK = "127.0.0.1";

	private static final long ONE_CPU = 1_000_000_000L;

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	DescentContainer() {
		super(DescentImage.get());
		withExposedPorts(PORT);
		withTmpFs(Map.of("/tmp", "rw,size=64m"));
		withCreateContainerCmdModifier((command) -> command.getHostConfig()
			.withReadonlyRootfs(true)
			.withMemory(MEMORY_LIMIT)
			.withNanoCPUs(ONE_CPU)
			.withPortBindings(new PortBinding(Ports.Binding.bindIp(LOOPBACK), ExposedPort.tcp(PORT))));
		withLogConsumer(new Slf4jLogConsumer(LoggerFactory.getLogger(DescentContainer.class)));
		waitingFor(Wait.forHttp("/actuator/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
	}

	/**
	 * The loopback address, the only one the port is published on. Testcontainers would
	 * otherwise take the engine's gateway where it believes itself in a container (it
	 * finds {@code /.dockerenv} on the build machines).
	 * @return {@code 127.0.0.1}
	 */
	@Override
	public String getHost() {
		return LOOPBACK;
	}

	/**
	 * Sends a GET request to the published port.
	 * @param path the path, starting with a slash
	 * @return the response
	 * @throws IOException if the request could not be sent or the response read
	 * @throws InterruptedException if interrupted while waiting
	 */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends a POST request with a JSON body to the published port.
	 * @param path the path, starting with a slash
	 * @param json the body
	 * @return the response
	 * @throws IOException if the request could not be sent or the response read
	 * @throws InterruptedException if interrupted while waiting
	 */
	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return this.http.send(postRequest(path, json), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Starts a POST request with a JSON body to the published port, without waiting.
	 * @param path the path, starting with a slash
	 * @param json the body
	 * @return the response to come
	 */
	CompletableFuture<HttpResponse<String>> postAsync(String path, String json) {
		return this.http.sendAsync(postRequest(path, json), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest postRequest(String path, String json) {
		return HttpRequest.newBuilder(uri(path))
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/**
	 * The address of a path on the published port.
	 * @param path the path, starting with a slash
	 * @return the address on the loopback interface
	 */
	URI uri(String path) {
		return URI.create("http://" + LOOPBACK + ":" + getMappedPort(PORT) + path);
	}

}
