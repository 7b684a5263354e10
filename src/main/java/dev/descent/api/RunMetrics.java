package dev.descent.api;

import java.time.Duration;

import dev.descent.optimization.Status;
import dev.descent.optimization.multistart.OutcomeCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts finished optimizations by endpoint and outcome, and the evaluations they
 * performed; logs one DEBUG line for each, with its size, outcome and time, and never the
 * expression or data.
 */
@Component
public class RunMetrics {

	private static final Logger logger = LoggerFactory.getLogger(RunMetrics.class);

	private final MeterRegistry registry;

	RunMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Records one finished optimization.
	 * @param endpoint a short name of the endpoint, such as {@code minimize}
	 * @param status how it ended
	 * @param size the size of the problem: variables, or rows for a fit
	 * @param evaluations function evaluations performed
	 * @param elapsed the time it took
	 */
	public void record(String endpoint, Status status, int size, long evaluations, Duration elapsed) {
		count(endpoint, status, 1);
		countEvaluations(endpoint, evaluations);
		logger.debug("{} finished: size {}, status {}, {} evaluations, {} ms", endpoint, size, status, evaluations,
				elapsed.toMillis());
	}

	/**
	 * Records one finished multi-start run: each start counts as an optimization with its
	 * own outcome.
	 * @param counts the starts by outcome
	 * @param size the number of variables
	 * @param evaluations function evaluations of all starts
	 * @param elapsed the time the run took
	 */
	public void recordStarts(OutcomeCounts counts, int size, long evaluations, Duration elapsed) {
		count("multistart", Status.CONVERGED, counts.converged());
		count("multistart", Status.MAX_STEPS, counts.maxSteps());
		count("multistart", Status.DIVERGED, counts.diverged());
		count("multistart", Status.NON_FINITE, counts.nonFinite());
		count("multistart", Status.STALLED, counts.stalled());
		count("multistart", Status.DEADLINE, counts.deadline());
		count("multistart", Status.CANCELLED, counts.cancelled());
		countEvaluations("multistart", evaluations);
		logger.debug("multistart finished: size {}, {} starts, {}, {} evaluations, {} ms", size, counts.total(), counts,
				evaluations, elapsed.toMillis());
	}

	private void count(String endpoint, Status status, int times) {
		if (times > 0) {
			Counter.builder("descent.optimizations")
				.description("Finished optimizations by outcome; a multi-start counts each start")
				.tag("endpoint", endpoint)
				.tag("status", status.name())
				.register(this.registry)
				.increment(times);
		}
	}

	private void countEvaluations(String endpoint, long evaluations) {
		Counter.builder("descent.evaluations")
			.description("Function evaluations performed")
			.tag("endpoint", endpoint)
			.register(this.registry)
			.increment(evaluations);
	}

}
