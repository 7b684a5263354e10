package dev.descent.optimization;

import dev.descent.expression.CompiledExpression;

/**
 * One local minimization, fully specified.
 *
 * @param expression the function
 * @param start the start point
 * @param optimizer the optimizer and its hyperparameters
 * @param gradient how gradients are computed
 * @param stopping when to stop
 * @param bounds the box to stay in, or {@code null} for none
 * @param trajectoryEvery record every k-th iterate (and the first and last); 0 for none
 */
public record Minimization(CompiledExpression expression, Point start, OptimizerSettings optimizer,
		GradientSettings gradient, StoppingCriteria stopping, Bounds bounds, int trajectoryEvery) {

	public Minimization {
		if (start.dimension() != expression.dimension()) {
			throw new IllegalArgumentException("'start' must have one coordinate per variable");
		}
		if (bounds != null && bounds.dimension() != expression.dimension()) {
			throw new IllegalArgumentException("'bounds' must have one interval per variable");
		}
		if (trajectoryEvery < 0) {
			throw new IllegalArgumentException("'trajectoryEvery' must not be negative");
		}
	}

}
