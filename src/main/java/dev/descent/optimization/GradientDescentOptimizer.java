package dev.descent.optimization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The descent loop shared by every {@link Method}: evaluate, check the stopping rules,
 * update, and watch for divergence. Stateless: all the state of a run lives in locals, so
 * one instance serves any number of threads.
 *
 * <p>
 * A run starts with \(f(x_0)\) and \(\nabla f(x_0)\), then repeats: if the gradient norm
 * is within tolerance it has converged; if the budget is spent it stops; otherwise the
 * optimizer's rule gives \(x_{k+1}\), projected into the bounds if there are any, and
 * \(f(x_{k+1})\), \(\nabla f(x_{k+1})\) are computed. With every tolerance at 0 and
 * divergence stopping off, plain descent with central differences is exactly the
 * reference algorithm, \(x_{k+1} = x_k - \eta \nabla f(x_k)\), to the last bit.
 *
 * <p>
 * Honesty rules: a value that overflows or grows past the divergence threshold marks the
 * run {@link Status#DIVERGED} for good, even if its gradient later reads zero through
 * round-off; a NaN or \(-\infty\) value or gradient ends it as {@link Status#NON_FINITE};
 * a run that stops moving with a large gradient is {@link Status#STALLED}.
 */
public final class GradientDescentOptimizer {

	/**
	 * Runs a minimization with no deadline and nobody listening.
	 * @param problem the problem
	 * @return the result
	 */
	public OptimizationResult minimize(Minimization problem) {
		return minimize(problem, Deadline.NONE, ProgressListener.NONE);
	}

	/**
	 * Runs a minimization.
	 * @param problem the problem
	 * @param deadline when to give up and return the best point so far
	 * @param listener told of each step; may stop the run
	 * @return the result
	 */
	public OptimizationResult minimize(Minimization problem, Deadline deadline, ProgressListener listener) {
		return new Run(problem, deadline, listener).execute();
	}

	/** The locals of one run, gathered so that the loop reads as the algorithm does. */
	private static final class Run {

		private final Minimization problem;

		private final Deadline deadline;

		private final ProgressListener listener;

		private final Objective objective;

		private final StoppingCriteria stopping;

		private final Bounds bounds;

		private final List<TrajectoryPoint> trajectory = new ArrayList<>();

		private final long started = System.nanoTime();

		private double[] x;

		private double[] gradient;

		private double value;

		private double gradientNorm;

		private int steps;

		private TrajectoryPoint best;

		private boolean bestIsCurrent;

		private boolean diverged;

		private boolean recordedLast;

		Run(Minimization problem, Deadline deadline, ProgressListener listener) {
			this.problem = problem;
			this.deadline = deadline;
			this.listener = listener;
			this.objective = new Objective(problem.expression(), problem.gradient());
			this.stopping = problem.stopping();
			this.bounds = problem.bounds();
		}

		OptimizationResult execute() {
			int n = this.objective.dimension();
			this.x = this.problem.start().toArray();
			if (this.bounds != null) {
				this.bounds.project(this.x);
			}
			this.gradient = new double[n];
			double[] next = new double[n];
			double[] nextGradient = new double[n];
			this.value = this.objective.valueAndGradient(this.x, this.gradient);
			this.gradientNorm = gradientNorm(this.x, this.gradient);
			double startValue = this.value;
			double divergenceThreshold = startValue
					+ this.stopping.divergenceFactor() * Math.max(1.0, Math.abs(startValue));
			Status nonFinite = nonFinite(this.x, this.value, this.gradient);
			if (nonFinite != null) {
				return finish(nonFinite, null);
			}
			noteBest();
			record();
			UpdateRule rule = UpdateRule.create(this.problem.optimizer(), this.objective, this.bounds);
			while (true) {
				if (this.stopping.gradientTolerance() > 0 && this.gradientNorm <= this.stopping.gradientTolerance()) {
					return finish(Status.CONVERGED, Criterion.GRADIENT_NORM);
				}
				if (this.steps >= this.stopping.maxSteps()) {
					return finish(Status.MAX_STEPS, null);
				}
				if (this.deadline.hasPassed()) {
					return finish(Status.DEADLINE, null);
				}
				if (!rule.next(this.x, this.value, this.gradient, next)) {
					return finish(Status.STALLED, null);
				}
				double nextValue = this.objective.valueAndGradient(next, nextGradient);
				this.steps++;
				boolean stepTooShort = isShortStep(this.x, next);
				double previousValue = this.value;
				double[] swap = this.x;
				this.x = next;
				next = swap;
				swap = this.gradient;
				this.gradient = nextGradient;
				nextGradient = swap;
				this.value = nextValue;
				this.gradientNorm = gradientNorm(this.x, this.gradient);
				this.recordedLast = false;
				nonFinite = nonFinite(this.x, this.value, this.gradient);
				if (nonFinite != null) {
					return finish(nonFinite, null);
				}
				noteBest();
				if (this.value > divergenceThreshold) {
					this.diverged = true;
					if (this.stopping.stopOnDivergence()) {
						return finish(Status.DIVERGED, null);
					}
				}
				if (this.problem.trajectoryEvery() > 0 && this.steps % this.problem.trajectoryEvery() == 0) {
					record();
				}
				if (!this.listener.onStep(this.steps, this.x, this.value, this.gradientNorm)) {
					return finish(Status.CANCELLED, null);
				}
				if (stepTooShort) {
					return finish(stationary() ? Status.CONVERGED : Status.STALLED, Criterion.STEP_SIZE);
				}
				if (this.stopping.valueTolerance() > 0
						&& Math.abs(this.value - previousValue) <= this.stopping.valueTolerance()
								* Math.max(1.0, Math.abs(previousValue))) {
					return finish(stationary() ? Status.CONVERGED : Status.STALLED, Criterion.VALUE_CHANGE);
				}
			}
		}

		/** The step criterion; the norms are computed only when it is switched on. */
		private boolean isShortStep(double[] from, double[] to) {
			double tolerance = this.stopping.stepTolerance();
			return tolerance > 0 && Vectors.distance(from, to) <= tolerance * Math.max(1.0, Vectors.norm(from));
		}

		private double gradientNorm(double[] point, double[] gradient) {
			return (this.bounds != null) ? this.bounds.projectedGradientNorm(point, gradient) : Vectors.norm(gradient);
		}

		/**
		 * An iterate or value that overflowed is divergence; a NaN or \(-\infty\) is a
		 * value outside the function's domain or an unbounded function.
		 */
		private Status nonFinite(double[] point, double value, double[] gradient) {
			if (!Vectors.allFinite(point) || value == Double.POSITIVE_INFINITY) {
				this.bestIsCurrent = false;
				this.diverged = true;
				return Status.DIVERGED;
			}
			if (!Double.isFinite(value) || !Vectors.allFinite(gradient)) {
				this.bestIsCurrent = false;
				return Status.NON_FINITE;
			}
			return null;
		}

		private boolean stationary() {
			return this.gradientNorm <= StoppingCriteria.STATIONARITY * Math.max(1.0, Math.abs(this.value));
		}

		private void noteBest() {
			this.bestIsCurrent = this.best == null || this.value < this.best.value();
			if (this.bestIsCurrent) {
				this.best = new TrajectoryPoint(this.steps, Point.of(this.x), this.value, this.gradientNorm);
			}
		}

		private void record() {
			if (this.problem.trajectoryEvery() > 0) {
				this.trajectory.add(new TrajectoryPoint(this.steps, Point.of(this.x), this.value, this.gradientNorm));
				this.recordedLast = true;
			}
		}

		private OptimizationResult finish(Status status, Criterion criterion) {
			if (!this.recordedLast) {
				record();
			}
			Status reported = this.diverged ? Status.DIVERGED : status;
			Criterion reportedCriterion = (reported == Status.CONVERGED || reported == Status.STALLED) ? criterion
					: null;
			TrajectoryPoint reportedBest = (this.bestIsCurrent || this.best == null) ? null : this.best;
			return new OptimizationResult(reported, reportedCriterion, Point.of(this.x), this.value,
					Point.of(this.gradient), this.gradientNorm, this.steps, this.objective.evaluations(),
					this.objective.gradientEvaluations(), reportedBest, this.trajectory,
					Duration.ofNanos(System.nanoTime() - this.started));
		}

	}

}
