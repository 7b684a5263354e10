package dev.descent.optimization.multistart;

import java.util.List;

import dev.descent.expression.CompiledExpression;
import dev.descent.optimization.Bounds;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;
import dev.descent.optimization.StoppingCriteria;

/**
 * A multi-start minimization, or one slice of it: starts {@code firstStart} to
 * {@code firstStart + starts - 1} of the run's {@link StartSequence}, each a local
 * descent with the same settings.
 *
 * <p>
 * The defaults (used by the API when a request leaves a setting out) are chosen so that a
 * box and a number of starts are enough on the usual test functions: the backtracking
 * {@link Method#LINE_SEARCH line search}, which needs no learning rate; exact gradients;
 * projected descent; {@value #DEFAULT_STEPS} steps, enough for the line search to go down
 * a curved valley such as Rosenbrock's; a gradient tolerance of \(10^{-8}\) and a value
 * tolerance of \(10^{-14}\). The value tolerance matters: near a minimum whose value is
 * not 0, such as a local minimum of Rastrigin's function, round-off hides the decrease a
 * line search looks for long before the gradient falls to \(10^{-8}\), and without it
 * such starts would wander until their budget ran out. A start stopped by it counts as
 * converged only if its gradient is small (see {@link StoppingCriteria}).
 *
 * @param expression the function
 * @param box the box the starts are drawn from
 * @param project whether the descents stay in the box (projected descent)
 * @param sampling how starts are drawn
 * @param seed the seed every random choice derives from
 * @param startPoints the client's start points, which come first in the sequence
 * @param firstStart the index of the first start of this slice
 * @param starts the number of starts of this slice
 * @param totalStarts the number of starts of the whole run, at least
 * {@code firstStart + starts}; only {@link Sampling#LATIN_HYPERCUBE} uses it
 * @param optimizer the optimizer of every start
 * @param gradient how gradients are computed
 * @param stopping when each start stops
 * @param minimaTolerance the distance within which converged starts count as one minimum
 */
public record MultiStartProblem(CompiledExpression expression, Bounds box, boolean project, Sampling sampling,
		long seed, List<Point> startPoints, int firstStart, int starts, int totalStarts, OptimizerSettings optimizer,
		GradientSettings gradient, StoppingCriteria stopping, double minimaTolerance) {

	/** The number of starts when none is given. */
	public static final int DEFAULT_STARTS = 100;

	/** The sampling scheme when none is given. */
	public static final Sampling DEFAULT_SAMPLING = Sampling.SOBOL;

	/** The optimizer when none is given. */
	public static final Method DEFAULT_METHOD = Method.LINE_SEARCH;

	/** The step budget of each start when none is given. */
	public static final int DEFAULT_STEPS = 10_000;

	/** The gradient tolerance when none is given. */
	public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-8;

	/** The value tolerance when none is given. */
	public static final double DEFAULT_VALUE_TOLERANCE = 1e-14;

	/** The default merging distance, as a fraction of the box's diagonal. */
	public static final double RELATIVE_MINIMA_TOLERANCE = 1e-4;

	public MultiStartProblem {
		if (box.dimension() != expression.dimension()) {
			throw new IllegalArgumentException("'box' must have one interval per variable");
		}
		if (sampling == null) {
			throw new IllegalArgumentException("'sampling' must not be null");
		}
		startPoints = List.copyOf(startPoints);
		for (Point point : startPoints) {
			if (point.dimension() != box.dimension() || !box.contains(point.toArray())) {
				throw new IllegalArgumentException("start point " + point + " must lie in the box");
			}
		}
		if (firstStart < 0 || starts < 1) {
			throw new IllegalArgumentException("'firstStart' must not be negative and 'starts' must be positive");
		}
		if ((long) firstStart + starts > totalStarts) {
			throw new IllegalArgumentException("'firstStart' + 'starts' must be at most 'totalStarts'");
		}
		if (!(minimaTolerance >= 0.0)) {
			throw new IllegalArgumentException("'minimaTolerance' must not be negative");
		}
	}

	/**
	 * The default stopping rules, with a step budget.
	 * @param steps the step budget of each start
	 * @return the rules
	 */
	public static StoppingCriteria defaultStopping(int steps) {
		return new StoppingCriteria(steps, DEFAULT_GRADIENT_TOLERANCE, 0.0, DEFAULT_VALUE_TOLERANCE, true,
				StoppingCriteria.DEFAULT_DIVERGENCE_FACTOR);
	}

	/**
	 * The default merging distance of a box: \(10^{-4}\) times its diagonal \(\lVert u -
	 * l \rVert_2\). Relative, so that it does not depend on the units of the variables as
	 * a whole; small, so that distinct minima stay apart unless the box is vast.
	 * @param box the box
	 * @return the distance
	 */
	public static double defaultMinimaTolerance(Bounds box) {
		double[] lower = new double[box.dimension()];
		double[] upper = new double[box.dimension()];
		for (int d = 0; d < lower.length; d++) {
			lower[d] = box.lower(d);
			upper[d] = box.upper(d);
		}
		return RELATIVE_MINIMA_TOLERANCE * Point.of(lower).distanceTo(Point.of(upper));
	}

	/**
	 * The run's start sequence.
	 * @return the sequence
	 */
	public StartSequence sequence() {
		return StartSequence.of(this.box, this.sampling, this.seed, this.startPoints, this.totalStarts);
	}

}
