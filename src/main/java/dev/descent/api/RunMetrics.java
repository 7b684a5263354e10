package dev.descent.api;

import java.time.Duration;

import dev.descent.optimization.Status;
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
		Counter.builder("descent.optimizations")
			.description("Finished optimizations by outcome")
			.tag("endpoint", endpoint)
			.tag("status", status.name())
			.register(this.registry)
			.increment();
		Counter.builder("descent.evaluations")
			.description("Function evaluations performed")
			.tag("endpoint", endpoint)
			.register(this.registry)
			.increment(evaluations);
		logger.debug("{} finished: size {}, status {}, {} evaluations, {} ms", endpoint, size, status, evaluations,
				elapsed.toMillis());
	}

}
