package dev.descent.optimization.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training data set: named input columns and one target column, every cell a finite
 * number, every column as long as the target. Immutable; stored column by column, one
 * {@code double[]} per column, so that a fit reads a row's cells without boxing.
 */
public final class FitData {

	private final List<String> inputs;

	private final double[][] columns;

	private final String target;

	private final double[] targets;

	private FitData(List<String> inputs, double[][] columns, String target, double[] targets) {
		this.inputs = List.copyOf(inputs);
		this.columns = columns;
		this.target = target;
		this.targets = targets;
	}

	/**
	 * Creates a data set from copies of named columns.
	 * @param columns the columns, in order; every one but the target is an input
	 * @param target the name of the target column
	 * @return the data set
	 * @throws InvalidDataException if the target is missing, there are no rows, the
	 * columns differ in length or a cell is not finite
	 */
	public static FitData of(Map<String, double[]> columns, String target) {
		List<String> names = new ArrayList<>(columns.keySet());
		List<double[]> values = new ArrayList<>();
		for (double[] column : columns.values()) {
			values.add(column.clone());
		}
		return adopt(names, values, target);
	}

	/**
	 * Creates a data set from columns that the caller hands over and no longer touches.
	 */
	static FitData adopt(List<String> names, List<double[]> values, String target) {
		int at = names.indexOf(target);
		if (at < 0) {
			throw new InvalidDataException(target, 0,
					"the data have no target column '" + target + "'; the columns are " + names);
		}
		double[] targets = values.get(at);
		if (targets.length == 0) {
			throw new InvalidDataException(target, 0, "the data have no rows");
		}
		List<String> inputs = new ArrayList<>();
		double[][] columns = new double[names.size() - 1][];
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			double[] column = values.get(i);
			if (column.length != targets.length) {
				throw new InvalidDataException(name, 0, "column '" + name + "' has " + column.length
						+ " rows, but the target column '" + target + "' has " + targets.length);
			}
			requireFinite(name, column);
			if (i != at) {
				columns[inputs.size()] = column;
				inputs.add(name);
			}
		}
		return new FitData(inputs, columns, target, targets);
	}

	private static void requireFinite(String name, double[] column) {
		for (int row = 0; row < column.length; row++) {
			if (!Double.isFinite(column[row])) {
				throw new InvalidDataException(name, row + 1,
						"row " + (row + 1) + " of column '" + name + "' is " + column[row] + ", not a finite number");
			}
		}
	}

	/**
	 * Returns the names of the input columns, in order.
	 * @return the names
	 */
	public List<String> inputs() {
		return this.inputs;
	}

	/**
	 * Returns the name of the target column.
	 * @return the name
	 */
	public String target() {
		return this.target;
	}

	public int rows() {
		return this.targets.length;
	}

	/**
	 * Returns one input cell.
	 * @param column the input column's index in {@link #inputs()}
	 * @param row the row, from 0
	 * @return the cell
	 */
	public double input(int column, int row) {
		return this.columns[column][row];
	}

	/**
	 * Returns one target cell.
	 * @param row the row, from 0
	 * @return the cell
	 */
	public double target(int row) {
		return this.targets[row];
	}

	/** The input columns themselves, for the fitting loop, which only reads them. */
	double[][] columns() {
		return this.columns;
	}

	/** The target column itself, for the fitting loop, which only reads it. */
	double[] targets() {
		return this.targets;
	}

}
