package dev.descent.expression;

/**
 * An expression that cannot be compiled: a syntax error, an unknown name, or text over a
 * limit. Carries the offending text and the zero-based position in it where the problem
 * starts, so that a client can point at it.
 */
public class InvalidExpressionException extends RuntimeException {

	private final String expression;

	private final int position;

	private final String name;

	/**
	 * Creates an exception for a problem at a position.
	 * @param expression the text that was compiled
	 * @param position zero-based index of the first offending character
	 * @param name the identifier at fault, or {@code null} when no identifier is
	 * @param message what is wrong, in words a person can act on
	 */
	public InvalidExpressionException(String expression, int position, String name, String message) {
		super(message);
		this.expression = expression;
		this.position = position;
		this.name = name;
	}

	public String getExpression() {
		return this.expression;
	}

	/**
	 * Returns the zero-based index of the first offending character.
	 * @return the position
	 */
	public int getPosition() {
		return this.position;
	}

	/**
	 * Returns the identifier at fault, for unknown or reserved names.
	 * @return the name, or {@code null}
	 */
	public String getName() {
		return this.name;
	}

}
