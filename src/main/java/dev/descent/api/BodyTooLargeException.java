package dev.descent.api;

import java.io.IOException;

/**
 * A request body that grew past the configured limit while it was read, as a chunked body
 * with no declared length can. An {@link IOException}, since it is the reading that
 * fails.
 */
public class BodyTooLargeException extends IOException {

	private final long maximum;

	BodyTooLargeException(long maximum) {
		super("the request body is larger than the limit of " + maximum + " bytes (descent.limits.request-body-size)");
		this.maximum = maximum;
	}

	public long getMaximum() {
		return this.maximum;
	}

}
