package dev.descent.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body by {@code descent.limits.request-body-size}. A body whose
 * declared length is over the limit is refused at once with a 413 problem, unread; any
 * other body is counted as it is read, and reading past the limit fails with a
 * {@link BodyTooLargeException}, which becomes the same 413 problem. So a chunked body,
 * which declares no length, is bounded too, and no endpoint ever holds more than the
 * limit of one request's body.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final DescentLimits limits;

	private final ObjectMapper json;

	RequestBodyLimitFilter(DescentLimits limits, ObjectMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maximum = this.limits.requestBodySize().toBytes();
		long length = request.getContentLengthLong();
		if (length > maximum) {
			refuse(request, response, length, maximum);
			return;
		}
		chain.doFilter(new LimitedRequest(request, maximum), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long length, long maximum)
			throws IOException {
		ProblemType type = ProblemType.BODY_TOO_LARGE;
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.type().toString());
		problem.put("title", type.title());
		problem.put("status", type.status().value());
		problem.put("detail", "the request body has " + length + " bytes, more than the limit of " + maximum
				+ " (descent.limits.request-body-size)");
		problem.put("instance", request.getRequestURI());
		problem.put("limit", "descent.limits.request-body-size");
		problem.put("maximum", maximum);
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	/** A request whose body fails once more than the limit has been read. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maximum;

		private ServletInputStream body;

		private BufferedReader reader;

		LimitedRequest(HttpServletRequest request, long maximum) {
			super(request);
			this.maximum = maximum;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new LimitedInputStream(super.getInputStream(), this.maximum);
			}
			return this.body;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return this.reader;
		}

	}

	/** Counts the bytes read and fails past the limit. */
	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maximum;

		private long count;

		LimitedInputStream(ServletInputStream delegate, long maximum) {
			this.delegate = delegate;
			this.maximum = maximum;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int bytes) throws BodyTooLargeException {
			this.count += bytes;
			if (this.count > this.maximum) {
				throw new BodyTooLargeException(this.maximum);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
