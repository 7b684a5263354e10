package dev.descent.optimization;

import java.time.Duration;

/**
 * A point in {@link System#nanoTime()} time after which a run stops with
 * {@link Status#DEADLINE}.
 *
 * @param nanoTime the deadline, as a value of {@link System#nanoTime()}
 */
public record Deadline(long nanoTime) {

	/** No deadline: about 292 years from now. */
	public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

	/**
	 * A deadline the given time from now.
	 * @param timeout how long
	 * @return the deadline
	 */
	public static Deadline in(Duration timeout) {
		long now = System.nanoTime();
		long nanos = timeout.toNanos();
		return new Deadline((Long.MAX_VALUE - now < nanos) ? Long.MAX_VALUE : now + nanos);
	}

	public boolean hasPassed() {
		return this.nanoTime != Long.MAX_VALUE && System.nanoTime() - this.nanoTime > 0;
	}

}
