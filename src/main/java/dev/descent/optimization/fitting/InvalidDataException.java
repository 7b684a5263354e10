package dev.descent.optimization.fitting;

/**
 * Training data that cannot be used: a missing target column, columns of different
 * lengths, a cell that is not a finite number, a target a loss does not accept. Names the
 * column and the row at fault where there is one.
 *
 * <p>
 * Rows count data rows from 1, header and blank lines not included: row \(r\) is element
 * \(r - 1\) of a JSON column, and in CSV text it is on line \(r + 1\) when no blank line
 * precedes it (messages about CSV text give the line as well).
 */
public class InvalidDataException extends RuntimeException {

	private final String column;

	private final long row;

	/**
	 * Creates the exception.
	 * @param column the column at fault, or {@code null} when no single column is
	 * @param row the row at fault, counted from 1, or 0 when no single row is
	 * @param message what is wrong, in words a person can act on
	 */
	public InvalidDataException(String column, long row, String message) {
		super(message);
		this.column = column;
		this.row = row;
	}

	/**
	 * Returns the column at fault.
	 * @return its name, or {@code null}
	 */
	public String getColumn() {
		return this.column;
	}

	/**
	 * Returns the row at fault, counted from 1.
	 * @return the row, or 0 when no single row is at fault
	 */
	public long getRow() {
		return this.row;
	}

}
