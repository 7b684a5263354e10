package dev.descent.optimization;

import java.time.Duration;

/**
 * When a run must give up and return its best point so far, with {@link Status#DEADLINE}.
 * Every loop checks it once per step, so a run overshoots its deadline by at most the
 * time of one step.
 */
@FunctionalInterface
public interface Deadline {

	/** No deadline. */
	Deadline NONE = () -> false;

	/**
	 * Whether the deadline has passed.
	 * @return {@code true} once it has
	 */
	boolean hasPassed();

	/**
	 * A deadline the given time from now, on the {@link System#nanoTime()} clock.
	 * @param timeout how long
	 * @return the deadline
	 */
	static Deadline in(Duration timeout) {
		long start = System.nanoTime();
		long nanos = timeout.toNanos();
		return () -> System.nanoTime() - start >= nanos;
	}

}
