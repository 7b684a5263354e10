package dev.descent.api;

/**
 * A request that is well-formed JSON but asks for something that cannot be done: a field
 * out of range, points of different variables, a start outside its bounds. Names the
 * field at fault, as a JSON path such as {@code start.x} or {@code points[2]}.
 */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
