package dev.descent.api;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.descent.optimization.multistart.MultiStartOptimizer;

import org.springframework.beans.factory.DisposableBean;

/**
 * The threads that run the starts of every multi-start request: a fixed number, shared by
 * all requests, so that the work of the service never needs more threads than the machine
 * has cores. Each request keeps a bounded number of batches in the queue (see
 * {@link MultiStartOptimizer}), so a large request does not starve the others. Not a bean
 * of type {@code Executor}, so that it cannot be mistaken for Spring's task executor.
 */
final class StartPool implements DisposableBean {

	private final ThreadPoolExecutor executor;

	private final MultiStartOptimizer optimizer;

	/**
	 * Starts the threads.
	 * @param threads how many
	 */
	StartPool(int threads) {
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				new Factory());
		this.optimizer = new MultiStartOptimizer(this.executor, threads);
	}

	MultiStartOptimizer optimizer() {
		return this.optimizer;
	}

	/**
	 * Lets the queued batches finish and stops the threads. Runs after the web server's
	 * graceful shutdown, when no request waits for them any more.
	 */
	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	/** Names the threads and lets the JVM exit without them. */
	private static final class Factory implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "descent-start-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
