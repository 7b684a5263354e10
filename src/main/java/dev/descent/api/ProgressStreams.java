package dev.descent.api;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.descent.optimization.Point;
import dev.descent.optimization.ProgressListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs optimizations whose progress streams to the client as server-sent events: a
 * {@code progress} event per throttled step (see {@link ThrottledProgress}), then one
 * {@code result} event whose data is the body the JSON call would have answered. A run
 * that fails unexpectedly ends with a {@code problem} event instead.
 *
 * <p>
 * Runs take a thread of a fixed pool of {@code descent.limits.concurrent-optimizations}
 * threads and wait in no queue: when every thread is busy the request is refused at once,
 * before the stream starts, as a 503 problem. When the client goes away the run stops
 * with status {@code CANCELLED} and nothing more is written. The counter
 * {@code descent.streams} tells how streams ended: {@code completed}; {@code cancelled}
 * when the client went away and the run was stopped; {@code undelivered} when the run
 * ended but the client was gone before its result could be written; {@code failed}.
 */
@Component
class ProgressStreams implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ProgressStreams.class);

	private final ExecutorService executor;

	private final long timeoutMillis;

	private final MeterRegistry meters;

	ProgressStreams(DescentLimits limits, MeterRegistry meters) {
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(limits.concurrentOptimizations(), limits.concurrentOptimizations(), 0,
				TimeUnit.SECONDS, new SynchronousQueue<>(), (task) -> {
					Thread thread = new Thread(task, "descent-stream-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.timeoutMillis = limits.deadline().plusMinutes(1).toMillis();
		this.meters = meters;
	}

	/**
	 * Starts a run whose progress streams to the client.
	 * @param variables the names of the coordinates of the points the run reports
	 * @param run the run: given the listener to report to, returns the response body
	 * @return the stream
	 * @throws ServiceBusyException when every thread is busy
	 */
	SseEmitter stream(List<String> variables, Function<ProgressListener, Object> run) {
		SseEmitter emitter = new SseEmitter(this.timeoutMillis);
		ThrottledProgress progress = new ThrottledProgress(new EmitterSink(emitter, variables), System::nanoTime);
		emitter.onCompletion(progress::cancel);
		emitter.onTimeout(progress::cancel);
		emitter.onError((ex) -> progress.cancel());
		try {
			this.executor.execute(() -> execute(emitter, progress, run));
		}
		catch (RejectedExecutionException ex) {
			throw new ServiceBusyException("every worker for streamed runs is busy; try again in a moment");
		}
		return emitter;
	}

	private void execute(SseEmitter emitter, ThrottledProgress progress, Function<ProgressListener, Object> run) {
		Object body;
		try {
			body = run.apply(progress);
		}
		catch (RuntimeException ex) {
			logger.error("Streamed run failed", ex);
			ProblemDetail problem = ProblemType.INTERNAL.problem("the service failed to complete this run");
			finish(emitter, progress, SseEmitter.event().name("problem").data(problem, MediaType.APPLICATION_JSON),
					"failed");
			return;
		}
		finish(emitter, progress, SseEmitter.event().name("result").data(body, MediaType.APPLICATION_JSON),
				"completed");
	}

	private void finish(SseEmitter emitter, ThrottledProgress progress, SseEmitter.SseEventBuilder last,
			String outcome) {
		if (progress.isCancelled()) {
			count("cancelled", progress);
			return;
		}
		try {
			emitter.send(last);
			emitter.complete();
			count(outcome, progress);
		}
		catch (IOException | IllegalStateException ex) {
			count("undelivered", progress);
		}
	}

	private void count(String outcome, ThrottledProgress progress) {
		logger.debug("Stream {} after {} progress events", outcome, progress.events());
		this.meters.counter("descent.streams", "outcome", outcome).increment();
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	/**
	 * Writes progress as {@code progress} events whose data is a trajectory step, and
	 * heartbeats as comments.
	 */
	private record EmitterSink(SseEmitter emitter, List<String> variables) implements ThrottledProgress.Sink {

		@Override
		public void progress(int step, double[] point, double value, double gradientNorm) throws IOException {
			MinimizeResponse.TrajectoryStep data = new MinimizeResponse.TrajectoryStep(step,
					JsonNumbers.named(this.variables, Point.of(point)), JsonNumbers.finite(value),
					JsonNumbers.finite(gradientNorm));
			this.emitter.send(SseEmitter.event()
				.name("progress")
				.id(Integer.toString(step))
				.data(data, MediaType.APPLICATION_JSON));
		}

		@Override
		public void heartbeat() throws IOException {
			this.emitter.send(SseEmitter.event().comment("running"));
		}

	}

}
