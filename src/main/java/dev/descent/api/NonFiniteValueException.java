package dev.descent.api;

/**
 * An expression whose value, or gradient, at a requested point is not a finite number: a
 * pole such as {@code 1/0}, a point outside the domain such as {@code log(-1)}, or an
 * overflow.
 */
public class NonFiniteValueException extends RuntimeException {

	private final String field;

	NonFiniteValueException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
