package dev.descent.optimization.fitting;

import java.util.ArrayList;
import java.util.List;

import dev.descent.expression.CompiledExpression;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;

/**
 * One fit, fully specified: a model \(\hat y(\theta; x)\), a data set, and how to
 * minimize the mean loss \(L(\theta) = \frac{1}{n} \sum_i \ell(\hat y(\theta; x_i),
 * y_i)\) over the parameters \(\theta\).
 *
 * @param model the model, compiled in the variables {@link #variables(List, FitData)}:
 * the parameters, then the data's input columns
 * @param parameters the parameter names, in order
 * @param start the initial parameters
 * @param data the data set
 * @param loss the loss per row
 * @param huberDelta \(\delta\) of {@link Loss#HUBER}; ignored by the other losses
 * @param optimizer the update rule and its hyperparameters
 * @param gradient how the gradient of a batch's loss is computed
 * @param stopping when to stop early
 * @param batchSize rows per batch, at least 1; a size above the number of rows is taken
 * as the number of rows
 * @param epochs passes over the data, zero or more
 * @param seed the seed of the shuffles
 */
public record FitProblem(CompiledExpression model, List<String> parameters, Point start, FitData data, Loss loss,
		double huberDelta, OptimizerSettings optimizer, GradientSettings gradient, FitStopping stopping, int batchSize,
		int epochs, long seed) {

	public FitProblem {
		parameters = List.copyOf(parameters);
		if (!model.variables().equals(variables(parameters, data))) {
			throw new IllegalArgumentException("'model' must be compiled in the parameters, then the input columns");
		}
		if (start.dimension() != parameters.size()) {
			throw new IllegalArgumentException("'start' must have one value per parameter");
		}
		if (!(huberDelta > 0.0) || !Double.isFinite(huberDelta)) {
			throw new IllegalArgumentException("'huberDelta' must be positive and finite");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("'batchSize' must be positive");
		}
		if (epochs < 0) {
			throw new IllegalArgumentException("'epochs' must not be negative");
		}
		requireAcceptedTargets(data, loss);
	}

	/**
	 * The variables a model is compiled in: the parameters, then the input columns.
	 * @param parameters the parameter names
	 * @param data the data set
	 * @return the variable names, in order
	 */
	public static List<String> variables(List<String> parameters, FitData data) {
		List<String> variables = new ArrayList<>(parameters);
		variables.addAll(data.inputs());
		return variables;
	}

	private static void requireAcceptedTargets(FitData data, Loss loss) {
		for (int row = 0; row < data.rows(); row++) {
			if (!loss.accepts(data.target(row))) {
				throw new InvalidDataException(data.target(), row + 1,
						"row " + (row + 1) + " of the target column '" + data.target() + "' is " + data.target(row)
								+ ", but " + loss + " needs targets between 0 and 1");
			}
		}
	}

}
