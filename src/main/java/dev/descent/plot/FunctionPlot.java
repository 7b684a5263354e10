package dev.descent.plot;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A function of one or two variables and a path of iterates, to be drawn as SVG.
 *
 * @param title the title, usually the expression
 * @param variables the names of the variables: the first runs along the horizontal axis,
 * the second, if any, along the vertical one
 * @param function the function; called with one coordinate per variable, it may answer a
 * value that is not finite
 * @param path the iterates, each with one coordinate per variable, in order
 * @param horizontal the range of the first variable
 * @param vertical the range of the second variable; for one variable, the range of the
 * value, or {@code null} to fit the curve and the path
 * @param caption a line under the plot, such as the optimizer and the outcome
 */
public record FunctionPlot(String title, List<String> variables, ToDoubleFunction<double[]> function,
		List<double[]> path, Range horizontal, Range vertical, String caption) {

	public FunctionPlot {
		if (variables.size() != 1 && variables.size() != 2) {
			throw new IllegalArgumentException("a plot shows one or two variables, not " + variables.size());
		}
		if (variables.size() == 2 && vertical == null) {
			throw new IllegalArgumentException("a plot of two variables needs the range of the second");
		}
		variables = List.copyOf(variables);
		path = List.copyOf(path);
	}

	/**
	 * Draws the plot: a curve for one variable, a heat map with contour lines for two.
	 * @return the SVG document
	 */
	public String toSvg() {
		return (this.variables.size() == 1) ? CurvePlot.draw(this) : ContourPlot.draw(this);
	}

}
