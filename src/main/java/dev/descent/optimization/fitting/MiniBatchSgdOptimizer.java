package dev.descent.optimization.fitting;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import dev.descent.expression.Evaluator;
import dev.descent.optimization.Criterion;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientMethod;
import dev.descent.optimization.Point;
import dev.descent.optimization.Status;
import dev.descent.optimization.UpdateRule;

/**
 * Mini-batch stochastic gradient descent: fits a model's parameters to data by any of the
 * descent methods' update rules. Stateless: all the state of a fit lives in a run of its
 * own, so one instance serves any number of threads.
 *
 * <p>
 * Each epoch shuffles the rows (Fisher–Yates, driven by a {@link SplittableRandom} seeded
 * once per fit, so the same problem and seed give the same fit bit for bit), cuts them
 * into batches \(B\) of {@code batchSize} rows, the last one possibly smaller, and makes
 * one update per batch with the gradient of the batch's mean loss, \[\nabla_\theta L_B =
 * \frac{1}{|B|} \sum_{i \in B} \frac{\partial \ell}{\partial \hat y}(\hat y_i, y_i)\,
 * \nabla_\theta \hat y(\theta; x_i).\] With {@link GradientMethod#EXACT} \(\nabla_\theta
 * \hat y\) comes from the model's backward sweep, one per row; with differences it is
 * \(L_B\) itself that is differenced along each parameter. A batch of one row is classic
 * SGD; a batch of all rows is full-batch gradient descent, the same iteration as
 * minimizing \(L\) directly. After each epoch the loss over the whole data set is
 * computed for the loss curve and the stopping rules.
 *
 * <p>
 * {@code LINE_SEARCH} backtracks on the loss of the current batch: with batches smaller
 * than the data set this is a stochastic Armijo search, whose steps suit the batch rather
 * than the whole data set. A batch on which the search finds no decrease is skipped. An
 * epoch in which every batch is skipped ends the fit: {@link Status#CONVERGED} by
 * {@link Criterion#GRADIENT_NORM} if every batch's gradient norm was at most \(10^{-3}
 * \max(1, L)\), as at a minimum, and {@link Status#STALLED} otherwise.
 *
 * <p>
 * The loop over a batch's rows allocates nothing: the point handed to the model holds the
 * parameters followed by the row's inputs, which are written into it in place, and every
 * other array is made once per fit. Sums over rows are plain left-to-right sums, so a
 * loss over \(n\) rows carries a relative rounding error of up to about \(n\) units in
 * the last place. The deadline is checked between batches, every 1024 rows or so.
 */
public final class MiniBatchSgdOptimizer {

	/**
	 * Below this ratio of gradient norm to \(\max(1, L)\) on every batch, an epoch in
	 * which no batch could be updated ended at a minimum, as for the descent loop.
	 */
	private static final double STATIONARITY = 1e-3;

	/** Rows between two looks at the clock. */
	private static final int ROWS_PER_DEADLINE_CHECK = 1024;

	/**
	 * Runs a fit with no deadline.
	 * @param problem the problem
	 * @return the result
	 */
	public FitResult fit(FitProblem problem) {
		return fit(problem, Deadline.NONE);
	}

	/**
	 * Runs a fit.
	 * @param problem the problem
	 * @param deadline when to give up and return the parameters reached
	 * @return the result
	 */
	public FitResult fit(FitProblem problem, Deadline deadline) {
		return new Run(problem, deadline).execute();
	}

	/** The state of one fit, gathered so that the loop reads as the algorithm does. */
	private static final class Run {

		private final FitProblem problem;

		private final Deadline deadline;

		private final long started = System.nanoTime();

		private final Evaluator evaluator;

		private final Loss loss;

		private final double delta;

		private final int parameters;

		private final double[][] columns;

		private final double[] targets;

		private final int rows;

		private final int batchSize;

		private final int[] order;

		private final double[] point;

		private final double[] modelGradient;

		private final double[] shifted;

		private final double[] epochLosses;

		private double[] theta;

		private double[] next;

		private double[] gradient;

		private int batchFrom;

		private int batchTo;

		private int epochs;

		private long updates;

		private int rowsSinceCheck = ROWS_PER_DEADLINE_CHECK;

		private double bestLoss;

		private double[] bestTheta;

		private int bestEpoch;

		Run(FitProblem problem, Deadline deadline) {
			this.problem = problem;
			this.deadline = deadline;
			this.evaluator = problem.model().evaluator();
			this.loss = problem.loss();
			this.delta = problem.huberDelta();
			this.parameters = problem.parameters().size();
			this.columns = problem.data().columns();
			this.targets = problem.data().targets();
			this.rows = this.targets.length;
			this.batchSize = Math.min(problem.batchSize(), this.rows);
			this.order = new int[this.rows];
			for (int i = 0; i < this.rows; i++) {
				this.order[i] = i;
			}
			this.point = new double[this.parameters + this.columns.length];
			this.modelGradient = new double[this.point.length];
			this.shifted = new double[this.parameters];
			this.epochLosses = new double[problem.epochs()];
			this.theta = problem.start().toArray();
			this.next = new double[this.parameters];
			this.gradient = new double[this.parameters];
		}

		FitResult execute() {
			double initialLoss = dataLoss(this.theta);
			this.bestLoss = initialLoss;
			this.bestTheta = this.theta.clone();
			Status status = status(initialLoss);
			if (status != null) {
				return finish(status, null, initialLoss, initialLoss);
			}
			double divergence = initialLoss
					+ this.problem.stopping().divergenceFactor() * Math.max(1.0, Math.abs(initialLoss));
			UpdateRule rule = UpdateRule.create(this.problem.optimizer(), this.parameters, this::batchLoss, null);
			SplittableRandom random = new SplittableRandom(this.problem.seed());
			FitStopping stopping = this.problem.stopping();
			int flatEpochs = 0;
			double epochLoss = initialLoss;
			while (this.epochs < this.problem.epochs()) {
				shuffle(random);
				boolean moved = false;
				double skippedGradientNorm = 0.0;
				for (this.batchFrom = 0; this.batchFrom < this.rows; this.batchFrom = this.batchTo) {
					this.batchTo = Math.min(this.batchFrom + this.batchSize, this.rows);
					if (deadlinePassed()) {
						return finish(Status.DEADLINE, null, initialLoss, dataLoss(this.theta));
					}
					double value = batchValueAndGradient();
					status = status(value);
					if (status == null && !allFinite(this.gradient)) {
						status = Status.NON_FINITE;
					}
					if (status != null) {
						return finish(status, null, initialLoss, dataLoss(this.theta));
					}
					if (rule.next(this.theta, value, this.gradient, this.next)) {
						if (!allFinite(this.next)) {
							return finish(Status.DIVERGED, null, initialLoss, dataLoss(this.theta));
						}
						double[] swap = this.theta;
						this.theta = this.next;
						this.next = swap;
						this.updates++;
						moved = true;
					}
					else {
						skippedGradientNorm = Math.max(skippedGradientNorm, norm(this.gradient));
					}
				}
				epochLoss = dataLoss(this.theta);
				this.epochLosses[this.epochs++] = epochLoss;
				status = status(epochLoss);
				if (status == null && epochLoss > divergence) {
					status = Status.DIVERGED;
				}
				if (status != null) {
					return finish(status, null, initialLoss, epochLoss);
				}
				boolean improved = epochLoss < this.bestLoss
						- stopping.tolerance() * Math.max(1.0, Math.abs(this.bestLoss));
				noteBest(epochLoss);
				if (!moved) {
					boolean stationary = skippedGradientNorm <= STATIONARITY * Math.max(1.0, epochLoss);
					return stationary ? finish(Status.CONVERGED, Criterion.GRADIENT_NORM, initialLoss, epochLoss)
							: finish(Status.STALLED, null, initialLoss, epochLoss);
				}
				flatEpochs = improved ? 0 : flatEpochs + 1;
				if (stopping.tolerance() > 0 && flatEpochs >= stopping.patience()) {
					return finish(Status.CONVERGED, Criterion.LOSS_PLATEAU, initialLoss, epochLoss);
				}
			}
			return finish(Status.MAX_STEPS, null, initialLoss, epochLoss);
		}

		/** One epoch's order: Fisher–Yates on the previous epoch's order. */
		private void shuffle(SplittableRandom random) {
			int[] order = this.order;
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
		}

		private boolean deadlinePassed() {
			this.rowsSinceCheck += this.batchTo - this.batchFrom;
			if (this.rowsSinceCheck < ROWS_PER_DEADLINE_CHECK) {
				return false;
			}
			this.rowsSinceCheck = 0;
			return this.deadline.hasPassed();
		}

		/**
		 * The mean loss of the current batch at {@link #theta}, with its gradient in
		 * {@link #gradient}.
		 */
		private double batchValueAndGradient() {
			if (this.problem.gradient().method() != GradientMethod.EXACT) {
				return batchDifferences();
			}
			double[] point = this.point;
			double[] modelGradient = this.modelGradient;
			double[] gradient = this.gradient;
			double[][] columns = this.columns;
			int parameters = this.parameters;
			System.arraycopy(this.theta, 0, point, 0, parameters);
			Arrays.fill(gradient, 0.0);
			double sum = 0.0;
			for (int i = this.batchFrom; i < this.batchTo; i++) {
				int row = this.order[i];
				for (int c = 0; c < columns.length; c++) {
					point[parameters + c] = columns[c][row];
				}
				double prediction = this.evaluator.valueAndGradient(point, modelGradient);
				double target = this.targets[row];
				sum += this.loss.value(prediction, target, this.delta);
				double slope = this.loss.derivative(prediction, target, this.delta);
				for (int p = 0; p < parameters; p++) {
					gradient[p] += slope * modelGradient[p];
				}
			}
			int count = this.batchTo - this.batchFrom;
			for (int p = 0; p < parameters; p++) {
				gradient[p] /= count;
			}
			return sum / count;
		}

		/**
		 * Differences of the batch's loss along each parameter, by the same formulas as
		 * {@code Objective}: \((L_B(\theta + h e_p) - L_B(\theta - h e_p)) / 2h\), or the
		 * forward quotient.
		 */
		private double batchDifferences() {
			boolean central = this.problem.gradient().method() == GradientMethod.CENTRAL;
			double h = this.problem.gradient().h();
			double value = batchLoss(this.theta);
			double[] shifted = this.shifted;
			System.arraycopy(this.theta, 0, shifted, 0, this.parameters);
			for (int p = 0; p < this.parameters; p++) {
				double original = shifted[p];
				shifted[p] = original + h;
				double above = batchLoss(shifted);
				if (central) {
					shifted[p] = original - h;
					double below = batchLoss(shifted);
					this.gradient[p] = (above - below) / (2 * h);
				}
				else {
					this.gradient[p] = (above - value) / h;
				}
				shifted[p] = original;
			}
			return value;
		}

		/** The mean loss of the current batch at the given parameters. */
		private double batchLoss(double[] parameters) {
			return meanLoss(parameters, this.batchFrom, this.batchTo, true);
		}

		/** The mean loss over the whole data set, in the rows' own order. */
		private double dataLoss(double[] parameters) {
			return meanLoss(parameters, 0, this.rows, false);
		}

		private double meanLoss(double[] parameters, int from, int to, boolean shuffled) {
			double[] point = this.point;
			double[][] columns = this.columns;
			int offset = this.parameters;
			System.arraycopy(parameters, 0, point, 0, offset);
			double sum = 0.0;
			for (int i = from; i < to; i++) {
				int row = shuffled ? this.order[i] : i;
				for (int c = 0; c < columns.length; c++) {
					point[offset + c] = columns[c][row];
				}
				sum += this.loss.value(this.evaluator.value(point), this.targets[row], this.delta);
			}
			return sum / (to - from);
		}

		private void noteBest(double epochLoss) {
			if (epochLoss < this.bestLoss) {
				this.bestLoss = epochLoss;
				this.bestTheta = this.theta.clone();
				this.bestEpoch = this.epochs;
			}
		}

		/**
		 * A loss of \(+\infty\) is divergence; NaN is a prediction outside the model's
		 * domain or a loss undefined there.
		 */
		private static Status status(double loss) {
			if (loss == Double.POSITIVE_INFINITY) {
				return Status.DIVERGED;
			}
			return Double.isFinite(loss) ? null : Status.NON_FINITE;
		}

		private static double norm(double[] values) {
			double sum = 0.0;
			for (double value : values) {
				sum += value * value;
			}
			return Math.sqrt(sum);
		}

		private static boolean allFinite(double[] values) {
			for (double value : values) {
				if (!Double.isFinite(value)) {
					return false;
				}
			}
			return true;
		}

		private FitResult finish(Status status, Criterion criterion, double initialLoss, double finalLoss) {
			boolean bestIsEarlier = Double.isFinite(this.bestLoss) && !(finalLoss <= this.bestLoss);
			FitResult.Best best = bestIsEarlier
					? new FitResult.Best(this.bestEpoch, Point.of(this.bestTheta), this.bestLoss) : null;
			return new FitResult(status, criterion, Point.of(this.theta), finalLoss, initialLoss,
					FitResult.curve(this.epochLosses, this.epochs), this.epochs, this.updates, this.batchSize,
					this.problem.seed(), best, Duration.ofNanos(System.nanoTime() - this.started));
		}

	}

}
