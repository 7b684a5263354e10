package dev.descent.container;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthProbeTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private HttpServer server;

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void probeWhenEndpointAnswersOkShouldBeHealthy() throws IOException {
		URI uri = serve(200);
		HealthProbe.Result result = HealthProbe.probe(uri, TIMEOUT);
		assertThat(result.healthy()).isTrue();
		assertThat(result.detail()).isEqualTo("HTTP 200");
	}

	@Test
	void probeWhenEndpointAnswersServiceUnavailableShouldBeUnhealthy() throws IOException {
		URI uri = serve(503);
		HealthProbe.Result result = HealthProbe.probe(uri, TIMEOUT);
		assertThat(result.healthy()).isFalse();
		assertThat(result.status()).isEqualTo(503);
	}

	@Test
	void probeWhenNothingListensShouldBeUnhealthyWithReason() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		HealthProbe.Result result = HealthProbe.probe(URI.create("http://127.0.0.1:" + port + "/"), TIMEOUT);
		assertThat(result.healthy()).isFalse();
		assertThat(result.status()).isZero();
		assertThat(result.detail()).startsWith("ConnectException");
	}

	@Test
	void defaultUriWhenUnchangedShouldAskActuatorHealthOnDefaultPort() {
		assertThat(HealthProbe.DEFAULT_URI).hasHost("127.0.0.1").hasPort(8080).hasPath("/actuator/health");
	}

	private URI serve(int status) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/actuator/health", (exchange) -> {
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.start();
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/actuator/health");
	}

}
