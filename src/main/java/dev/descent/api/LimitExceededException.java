package dev.descent.api;

/**
 * A request that asks for more work than a configured limit allows, refused before any
 * work starts.
 */
public class LimitExceededException extends RuntimeException {

	private final String field;

	private final String limit;

	private final long maximum;

	/**
	 * Creates the exception.
	 * @param field the request field at fault
	 * @param limit the name of the limit, as in {@code descent.limits.steps}
	 * @param requested what the request asked for
	 * @param maximum the limit's value
	 */
	public LimitExceededException(String field, String limit, long requested, long maximum) {
		this(field, limit, maximum,
				"'" + field + "' asks for " + requested + ", more than the limit of " + maximum + " (" + limit + ")");
	}

	/**
	 * Creates the exception with a message of its own, for limits on a product of fields.
	 * @param field the request field at fault
	 * @param limit the name of the limit, as in {@code descent.limits.start-steps}
	 * @param maximum the limit's value
	 * @param message what was asked for, and how it compares to the limit
	 */
	public LimitExceededException(String field, String limit, long maximum, String message) {
		super(message);
		this.field = field;
		this.limit = limit;
		this.maximum = maximum;
	}

	public String getField() {
		return this.field;
	}

	public String getLimit() {
		return this.limit;
	}

	public long getMaximum() {
		return this.maximum;
	}

}
