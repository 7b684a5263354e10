package dev.descent.expression;

/**
 * A variable name that the client declared but that cannot be used: not an identifier,
 * too long, or the name of a constant or built-in function.
 */
public class InvalidVariableException extends RuntimeException {

	private final String name;

	/**
	 * Creates an exception for a name.
	 * @param name the declared name
	 * @param message what is wrong with it
	 */
	public InvalidVariableException(String name, String message) {
		super(message);
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
