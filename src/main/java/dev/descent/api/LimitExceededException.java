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
		super("'" + field + "' asks for " + requested + ", more than the limit of " + maximum + " (" + limit + ")");
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
