package dev.descent.optimization.fitting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads training data from CSV text, by hand and in one pass, into columns of
 * {@code double}s.
 *
 * <p>
 * The subset read: the first non-blank line is a header of column names; every other
 * non-blank line is a row with one cell per name. Cells are separated by commas and may
 * be surrounded by spaces or tabs; lines end with LF, CRLF or CR; blank lines are
 * skipped; a byte order mark before the header is ignored. There is no quoting and no
 * escaping: a quoted cell is not a number, and a name cannot contain a comma. A cell is a
 * decimal number such as {@code -1.5}, {@code 2} or {@code 3e-4}; {@code NaN},
 * {@code Infinity}, hexadecimal and empty cells are refused. A library such as Jackson's
 * CSV module would read more dialects, but this subset is all that numeric columns need,
 * and reading it directly into primitive arrays keeps a large body from turning into
 * millions of boxed numbers.
 */
public final class CsvDataReader {

	private static final int INITIAL_CAPACITY = 1024;

	private CsvDataReader() {
	}

	/**
	 * Reads a data set.
	 * @param text the CSV text
	 * @param target the name of the target column
	 * @return the data set
	 * @throws IOException if the text cannot be read
	 * @throws InvalidDataException if the text is not CSV of the subset above, or its
	 * data are not usable; the message names the row, its line and the column
	 */
	public static FitData read(Reader text, String target) throws IOException {
		BufferedReader lines = new BufferedReader(text);
		long line = 0;
		String header;
		do {
			header = lines.readLine();
			line++;
		}
		while (header != null && header.isBlank());
		if (header == null) {
			throw new InvalidDataException(null, 0, "the CSV text is empty: it needs a header line of column names");
		}
		List<String> names = names(stripByteOrderMark(header), line);
		double[][] columns = new double[names.size()][INITIAL_CAPACITY];
		int rows = 0;
		for (String row = lines.readLine(); row != null; row = lines.readLine()) {
			line++;
			if (row.isBlank()) {
				continue;
			}
			if (rows == columns[0].length) {
				for (int i = 0; i < columns.length; i++) {
					columns[i] = Arrays.copyOf(columns[i], rows * 2);
				}
			}
			readRow(row, rows + 1, line, names, columns);
			rows++;
		}
		List<double[]> values = new ArrayList<>();
		for (double[] column : columns) {
			values.add(Arrays.copyOf(column, rows));
		}
		return FitData.adopt(names, values, target);
	}

	private static String stripByteOrderMark(String header) {
		return (!header.isEmpty() && header.charAt(0) == '\uFEFF') ? header.substring(1) : header;
	}

	private static List<String> names(String header, long line) {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String cell : header.split(",", -1)) {
			String name = cell.strip();
			if (name.isEmpty()) {
				throw new InvalidDataException(null, 0, "column " + (names.size() + 1) + " of the header (line " + line
						+ ") has no name; the header names the columns, separated by commas");
			}
			if (!seen.add(name)) {
				throw new InvalidDataException(name, 0, "the header (line " + line + ") names '" + name + "' twice");
			}
			names.add(name);
		}
		return names;
	}

	private static void readRow(String text, int row, long line, List<String> names, double[][] columns) {
		int start = 0;
		for (int column = 0; column < columns.length; column++) {
			int end = text.indexOf(',', start);
			boolean last = column == columns.length - 1;
			if ((end < 0) != last) {
				int cells = text.split(",", -1).length;
				throw new InvalidDataException(null, row, "row " + row + " (line " + line + ") has " + cells
						+ " cells, but the header names " + columns.length + " columns");
			}
			String cell = text.substring(start, last ? text.length() : end).strip();
			columns[column][row - 1] = number(cell, row, line, names.get(column));
			start = end + 1;
		}
	}

	private static double number(String cell, int row, long line, String column) {
		String where = "row " + row + " (line " + line + "), column '" + column + "'";
		if (cell.isEmpty()) {
			throw new InvalidDataException(column, row, where + " is empty");
		}
		if (!isDecimal(cell)) {
			throw new InvalidDataException(column, row, where + ": '" + cell + "' is not a number");
		}
		double value;
		try {
			value = Double.parseDouble(cell);
		}
		catch (NumberFormatException ex) {
			throw new InvalidDataException(column, row, where + ": '" + cell + "' is not a number");
		}
		if (!Double.isFinite(value)) {
			throw new InvalidDataException(column, row, where + ": '" + cell + "' is not a finite number");
		}
		return value;
	}

	/**
	 * Whether a cell has only the characters of a decimal number, so that
	 * {@link Double#parseDouble} refuses what it would otherwise accept: {@code NaN},
	 * {@code Infinity}, {@code 0x1p3}, {@code 1d}.
	 */
	private static boolean isDecimal(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
				return false;
			}
		}
		return true;
	}

}
