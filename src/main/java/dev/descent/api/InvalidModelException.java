package dev.descent.api;

import dev.descent.expression.InvalidExpressionException;

/**
 * A fit's model that does not compile: the expression error, reported against the
 * request's {@code model} field rather than {@code expression}.
 */
public class InvalidModelException extends RuntimeException {

	private final int position;

	private final String name;

	InvalidModelException(InvalidExpressionException cause, String message) {
		super(message, cause);
		this.position = cause.getPosition();
		this.name = cause.getName();
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

}
