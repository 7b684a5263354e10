package dev.descent.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle between a run and its event stream, on a clock the test moves by hand.
 */
class ThrottledProgressTests {

	private final RecordingSink sink = new RecordingSink();

	private long now;

	private final ThrottledProgress progress = new ThrottledProgress(this.sink, () -> this.now);

	@Test
	void onStepWhenFirstStepShouldSendItAtOnce() {
		assertThat(this.progress.onStep(1, new double[] { 2.0 }, 4.0, 4.0)).isTrue();
		assertThat(this.sink.steps).containsExactly(1);
	}

	@Test
	void onStepWhenStepsComeFasterThanTheIntervalShouldSendOnePerInterval() {
		for (int step = 1; step <= 100; step++) {
			this.progress.onStep(step, new double[] { step }, step, step);
			this.now += ThrottledProgress.INTERVAL_NANOS / 10;
		}
		assertThat(this.sink.steps).containsExactly(1, 11, 21, 31, 41, 51, 61, 71, 81, 91);
	}

	@Test
	void onStepWhenEventsAreUsedUpShouldOnlyWriteHeartbeatsOncePerSecond() {
		int steps = ThrottledProgress.MAX_EVENTS + 100;
		for (int step = 1; step <= steps; step++) {
			this.progress.onStep(step, new double[] { step }, step, step);
			this.now += ThrottledProgress.HEARTBEAT_NANOS / 10;
		}
		assertThat(this.sink.steps).hasSize(ThrottledProgress.MAX_EVENTS);
		assertThat(this.progress.events()).isEqualTo(ThrottledProgress.MAX_EVENTS);
		assertThat(this.sink.heartbeats).isEqualTo(10);
	}

	@Test
	void onStepWhenTheSinkFailsShouldStopTheRun() {
		this.sink.failing = true;
		assertThat(this.progress.onStep(1, new double[] { 1.0 }, 1.0, 1.0)).isFalse();
		assertThat(this.progress.isCancelled()).isTrue();
		this.sink.failing = false;
		this.now += ThrottledProgress.HEARTBEAT_NANOS;
		assertThat(this.progress.onStep(2, new double[] { 1.0 }, 1.0, 1.0)).isFalse();
		assertThat(this.sink.steps).isEmpty();
	}

	@Test
	void onStepWhenCancelledShouldStopTheRunWithoutWriting() {
		this.progress.cancel();
		assertThat(this.progress.onStep(1, new double[] { 1.0 }, 1.0, 1.0)).isFalse();
		assertThat(this.sink.steps).isEmpty();
	}

	private static final class RecordingSink implements ThrottledProgress.Sink {

		private final List<Integer> steps = new ArrayList<>();

		private int heartbeats;

		private boolean failing;

		@Override
		public void progress(int step, double[] point, double value, double gradientNorm) throws IOException {
			if (this.failing) {
				throw new IOException("Broken pipe");
			}
			this.steps.add(step);
		}

		@Override
		public void heartbeat() throws IOException {
			if (this.failing) {
				throw new IOException("Broken pipe");
			}
			this.heartbeats++;
		}

	}

}
