package dev.descent.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class OptimizationGateTests {

	@Test
	void doFilterWhenAllPermitsHeldShouldAnswer503WithRetryAfterAtOnce() throws Exception {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		OptimizationGate gate = new OptimizationGate(limits(1), registry);
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<?> first = executor.submit(() -> {
				gate.doFilter(post("/api/v1/minimize"), new MockHttpServletResponse(), (request, response) -> {
					entered.countDown();
					await(release);
				});
				return null;
			});
			assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse refused = new MockHttpServletResponse();
			gate.doFilter(post("/api/v1/fit"), refused, (request, response) -> {
				throw new AssertionError("must not run");
			});
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
			assertThat(refused.getContentType()).isEqualTo("application/problem+json");
			assertThat(refused.getContentAsString()).contains("urn:descent:problem:too-busy");
			MockHttpServletResponse cheap = new MockHttpServletResponse();
			boolean[] ran = new boolean[1];
			gate.doFilter(post("/api/v1/evaluate"), cheap, (request, response) -> ran[0] = true);
			assertThat(ran[0]).isTrue();
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			boolean[] ranAfter = new boolean[1];
			gate.doFilter(post("/api/v1/minimize"), new MockHttpServletResponse(),
					(request, response) -> ranAfter[0] = true);
			assertThat(ranAfter[0]).isTrue();
			assertThat(registry.get("descent.optimizations.rejected").counter().count()).isEqualTo(1.0);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	private static MockHttpServletRequest post(String uri) {
		return new MockHttpServletRequest("POST", uri);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static DescentLimits limits(int concurrent) {
		return TestLimits.with("concurrent-optimizations", Integer.toString(concurrent));
	}

}
