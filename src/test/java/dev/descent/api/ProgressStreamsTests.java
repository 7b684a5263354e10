package dev.descent.api;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bounded pool that streamed runs take their threads from.
 */
class ProgressStreamsTests {

	@Test
	void streamWhenEveryThreadIsBusyShouldRefuseAtOnce() throws Exception {
		ProgressStreams streams = new ProgressStreams(limits(1), new SimpleMeterRegistry());
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try {
			streams.stream(List.of("x"), (listener) -> {
				running.countDown();
				await(release);
				return "done";
			});
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			assertThatExceptionOfType(ServiceBusyException.class)
				.isThrownBy(() -> streams.stream(List.of("x"), (listener) -> "second"))
				.withMessageContaining("busy");
		}
		finally {
			release.countDown();
			streams.destroy();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static DescentLimits limits(int concurrentOptimizations) {
		return TestLimits.with("concurrent-optimizations", Integer.toString(concurrentOptimizations));
	}

}
