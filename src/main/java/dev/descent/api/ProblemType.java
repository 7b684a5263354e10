package dev.descent.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem the API reports, each with a stable {@code type} URI (RFC 9457), a
 * title and a status.
 */
public enum ProblemType {

	/** The expression does not parse, or names something unknown. */
	INVALID_EXPRESSION("invalid-expression", "Invalid expression", HttpStatus.BAD_REQUEST),

	/** A field is missing, of the wrong type or out of range. */
	INVALID_REQUEST("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST),

	/** Training data that cannot be used; names the row and column at fault. */
	INVALID_DATA("invalid-data", "Invalid data", HttpStatus.BAD_REQUEST),

	/** The body is not JSON, or not JSON of the expected shape. */
	MALFORMED_BODY("malformed-body", "Malformed request body", HttpStatus.BAD_REQUEST),

	/** The request asks for more work than a configured limit allows. */
	LIMIT_EXCEEDED("limit-exceeded", "Limit exceeded", HttpStatus.BAD_REQUEST),

	/** The request body is larger than the configured limit. */
	BODY_TOO_LARGE("body-too-large", "Request body too large", HttpStatus.CONTENT_TOO_LARGE),

	/** The expression has no finite value where it was asked for one. */
	NON_FINITE_VALUE("non-finite-value", "Non-finite value", HttpStatus.UNPROCESSABLE_CONTENT),

	/** Too many optimizations are running; try again shortly. */
	TOO_BUSY("too-busy", "Service busy", HttpStatus.SERVICE_UNAVAILABLE),

	/** A fault of the service itself. */
	INTERNAL("internal", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

	private final URI type;

	private final String title;

	private final HttpStatus status;

	ProblemType(String slug, String title, HttpStatus status) {
		this.type = URI.create("urn:descent:problem:" + slug);
		this.title = title;
		this.status = status;
	}

	public URI type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public HttpStatus status() {
		return this.status;
	}

	/**
	 * A problem of this type, with its type URI, title and status.
	 * @param detail what went wrong, in words a person can act on
	 * @return the problem
	 */
	public ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, detail);
		problem.setType(this.type);
		problem.setTitle(this.title);
		return problem;
	}

}
