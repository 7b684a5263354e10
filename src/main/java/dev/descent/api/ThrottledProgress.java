package dev.descent.api;

import java.io.IOException;
import java.util.function.LongSupplier;

import dev.descent.optimization.ProgressListener;

/**
 * Passes the steps of a run on to a client at a bounded rate: the first step at once,
 * then at most one step per interval, and at most a fixed number of steps in all. Past
 * that number it writes only a heartbeat, at most once per heartbeat interval, so that a
 * client that went away is still noticed. The run stops (its listener answers
 * {@code false}) as soon as a write fails or {@link #cancel()} is called.
 */
final class ThrottledProgress implements ProgressListener {

	/** The shortest time between two progress events: about 30 a second. */
	static final long INTERVAL_NANOS = 33_000_000L;

	/** The most progress events of one run. */
	static final int MAX_EVENTS = 600;

	/** The shortest time between two heartbeats, once progress events are used up. */
	static final long HEARTBEAT_NANOS = 1_000_000_000L;

	private final Sink sink;

	private final LongSupplier clock;

	private volatile boolean cancelled;

	private int events;

	private boolean written;

	private long lastWrite;

	ThrottledProgress(Sink sink, LongSupplier clock) {
		this.sink = sink;
		this.clock = clock;
	}

	@Override
	public boolean onStep(int step, double[] point, double value, double gradientNorm) {
		if (this.cancelled) {
			return false;
		}
		long now = this.clock.getAsLong();
		boolean progress = this.events < MAX_EVENTS;
		if (this.written && now - this.lastWrite < (progress ? INTERVAL_NANOS : HEARTBEAT_NANOS)) {
			return true;
		}
		try {
			if (progress) {
				this.sink.progress(step, point, value, gradientNorm);
				this.events++;
			}
			else {
				this.sink.heartbeat();
			}
		}
		catch (IOException | IllegalStateException ex) {
			this.cancelled = true;
			return false;
		}
		this.written = true;
		this.lastWrite = now;
		return true;
	}

	/**
	 * Stops the run at its next step; safe to call from any thread.
	 */
	void cancel() {
		this.cancelled = true;
	}

	boolean isCancelled() {
		return this.cancelled;
	}

	int events() {
		return this.events;
	}

	/**
	 * Where progress goes. A write that fails because the client went away throws.
	 */
	interface Sink {

		void progress(int step, double[] point, double value, double gradientNorm) throws IOException;

		void heartbeat() throws IOException;

	}

}
