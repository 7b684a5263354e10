package dev.descent.api;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the optimizations running at once. A request to an optimizing endpoint takes a
 * permit or is answered at once with 503 and {@code Retry-After}; nothing queues without
 * bound, so the threads that serve cheap requests (evaluation, health, the OpenAPI
 * document) stay free however many heavy ones arrive.
 *
 * <p>
 * Optimizing endpoints are the {@code POST}s under {@code /api/v1/minimize} and
 * {@code /api/v1/fit}. A streamed (asynchronous) request holds its permit until the
 * stream ends.
 */
@Component
class OptimizationGate extends OncePerRequestFilter {

	/** Seconds a client is asked to wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 1;

	private final Semaphore permits;

	private final Counter rejected;

	private final JsonMapper json = JsonMapper.builder().build();

	OptimizationGate(DescentLimits limits, MeterRegistry registry) {
		this.permits = new Semaphore(limits.concurrentOptimizations());
		this.rejected = Counter.builder("descent.optimizations.rejected")
			.description("Optimizations refused because too many were running")
			.register(registry);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(path.startsWith("/api/v1/minimize") || path.startsWith("/api/v1/fit"));
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.permits.tryAcquire()) {
			this.rejected.increment();
			refuse(request, response);
			return;
		}
		Release release = new Release();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(release);
			}
			else {
				release.run();
			}
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemType.TOO_BUSY.problem(
				"the service is running as many optimizations as it allows; retry in " + RETRY_AFTER_SECONDS + " s");
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(ProblemType.TOO_BUSY.status().value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	/** Gives the permit back exactly once, however the request ends. */
	private final class Release implements AsyncListener, Runnable {

		private final AtomicBoolean released = new AtomicBoolean();

		@Override
		public void run() {
			if (this.released.compareAndSet(false, true)) {
				OptimizationGate.this.permits.release();
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
			run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			run();
		}

		@Override
		public void onError(AsyncEvent event) {
			run();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
