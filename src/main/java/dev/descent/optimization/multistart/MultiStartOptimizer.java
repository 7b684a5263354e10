package dev.descent.optimization.multistart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientDescentOptimizer;
import dev.descent.optimization.Minimization;
import dev.descent.optimization.OptimizationResult;
import dev.descent.optimization.Point;
import dev.descent.optimization.ProgressListener;
import dev.descent.optimization.Status;

/**
 * Multi-start descent: many local descents from starts spread over a box, run in parallel
 * on an executor, summarized as the best start and the distinct minima reached.
 *
 * <p>
 * The calling thread coordinates: it draws the start points in index order, hands them to
 * the executor in batches of consecutive starts, and keeps at most twice the parallelism
 * of batches in flight. A large run therefore never floods the executor's queue: when the
 * executor is shared, the batches of concurrent runs interleave, and each run gets its
 * turn. The outcomes are stored by start index and summarized in index order, so the
 * result does not depend on the number of threads or on their scheduling, only on the
 * problem (and on the deadline, when it passes).
 *
 * <p>
 * A start that has not begun when the deadline passes ends {@link Status#DEADLINE} with
 * no steps; a running one stops with its best point so far. If the calling thread is
 * interrupted, the starts still running stop and the rest never begin; they end
 * {@link Status#CANCELLED}, and the thread's interrupt flag is set again on return.
 *
 * <p>
 * Stateless apart from its executor: one instance serves any number of concurrent runs.
 */
public final class MultiStartOptimizer {

	/**
	 * The most starts of one batch: large enough that handing out batches costs little,
	 * small enough to balance the load and to share the executor.
	 */
	private static final int MAX_BATCH = 32;

	/** Batches per thread to aim for, so that uneven starts still share out evenly. */
	private static final int BATCHES_PER_THREAD = 16;

	private final GradientDescentOptimizer local = new GradientDescentOptimizer();

	private final Executor executor;

	private final int parallelism;

	/**
	 * Creates an optimizer that runs starts on an executor.
	 * @param executor where starts run; its threads do the work
	 * @param parallelism how many threads of the executor one run may keep busy; usually
	 * the executor's size
	 */
	public MultiStartOptimizer(Executor executor, int parallelism) {
		if (parallelism < 1) {
			throw new IllegalArgumentException("'parallelism' must be positive");
		}
		this.executor = executor;
		this.parallelism = parallelism;
	}

	public int parallelism() {
		return this.parallelism;
	}

	/**
	 * Runs a multi-start minimization.
	 * @param problem the problem
	 * @param deadline when to stop starting and running descents
	 * @return the result
	 */
	public MultiStartResult minimize(MultiStartProblem problem, Deadline deadline) {
		return minimize(problem, deadline, ProgressListener.NONE);
	}

	/**
	 * Runs a multi-start minimization and reports its progress: after each batch of
	 * starts has finished, in index order, the listener hears how many starts are done
	 * (as the step), the best point so far and its value (the gradient norm is NaN: not
	 * applicable). A listener that returns {@code false} cancels the starts not yet
	 * finished.
	 * @param problem the problem
	 * @param deadline when to stop starting and running descents
	 * @param progress told of the progress, in the calling thread
	 * @return the result
	 */
	public MultiStartResult minimize(MultiStartProblem problem, Deadline deadline, ProgressListener progress) {
		return new Run(problem, deadline, progress).execute();
	}

	/** One run: the coordinator's state, in the calling thread. */
	private final class Run {

		private final long started = System.nanoTime();

		private final MultiStartProblem problem;

		private final Deadline deadline;

		private final ProgressListener progress;

		private final StartOutcome[] outcomes;

		private final StartSequence.Cursor cursor;

		private final AtomicBoolean cancelled = new AtomicBoolean();

		private final CompletionService<List<StartOutcome>> completion;

		private final int batch;

		private final Minima.Merger minima;

		private int next;

		private int merged;

		private StartOutcome best;

		private int inFlight;

		Run(MultiStartProblem problem, Deadline deadline, ProgressListener progress) {
			this.problem = problem;
			this.deadline = deadline;
			this.progress = progress;
			this.outcomes = new StartOutcome[problem.starts()];
			this.cursor = problem.sequence().cursor(problem.firstStart());
			this.completion = new ExecutorCompletionService<>(MultiStartOptimizer.this.executor);
			int perThread = problem.starts() / (BATCHES_PER_THREAD * MultiStartOptimizer.this.parallelism);
			this.batch = Math.max(1, Math.min(MAX_BATCH, perThread));
			this.minima = new Minima.Merger(problem.minimaTolerance());
		}

		MultiStartResult execute() {
			boolean interrupted = false;
			while (this.next < this.outcomes.length || this.inFlight > 0) {
				submit();
				if (this.inFlight == 0) {
					continue;
				}
				try {
					Future<List<StartOutcome>> done = this.completion.take();
					this.inFlight--;
					for (StartOutcome outcome : result(done)) {
						this.outcomes[outcome.index() - this.problem.firstStart()] = outcome;
					}
					merge();
				}
				catch (InterruptedException ex) {
					interrupted = true;
					this.cancelled.set(true);
				}
				catch (RuntimeException | Error ex) {
					this.cancelled.set(true);
					throw ex;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			merge();
			return MultiStartResult.of(this.problem, Arrays.asList(this.outcomes), this.minima.minima(),
					Duration.ofNanos(System.nanoTime() - this.started));
		}

		/**
		 * Merges the outcomes that are known, in index order, up to the first one that is
		 * not: merging overlaps with the starts still running instead of following them.
		 */
		private void merge() {
			int before = this.merged;
			while (this.merged < this.outcomes.length && this.outcomes[this.merged] != null) {
				StartOutcome outcome = this.outcomes[this.merged++];
				this.minima.add(outcome);
				if (outcome.candidate() && (this.best == null || outcome.isBetterThan(this.best))) {
					this.best = outcome;
				}
			}
			if (this.merged > before && this.best != null && !this.cancelled.get()
					&& !this.progress.onStep(this.merged, this.best.point().toArray(), this.best.value(), Double.NaN)) {
				this.cancelled.set(true);
			}
		}

		/**
		 * Fills the window: draws the next batches of starts and submits them, or, once
		 * the deadline has passed or the run is cancelled, records them as never begun.
		 */
		private void submit() {
			int window = 2 * MultiStartOptimizer.this.parallelism;
			while (this.next < this.outcomes.length && this.inFlight < window) {
				int size = Math.min(this.batch, this.outcomes.length - this.next);
				int first = this.problem.firstStart() + this.next;
				List<Point> starts = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					starts.add(this.cursor.next());
				}
				Status refusal = refusal(this.cancelled, this.deadline);
				if (refusal != null) {
					for (int i = 0; i < size; i++) {
						this.outcomes[this.next + i] = StartOutcome.notBegun(first + i, starts.get(i), refusal);
					}
				}
				else {
					this.completion.submit(() -> runBatch(this.problem, first, starts, this.deadline, this.cancelled));
					this.inFlight++;
				}
				this.next += size;
			}
		}

	}

	/**
	 * Runs a batch of consecutive starts, in a thread of the executor.
	 */
	private List<StartOutcome> runBatch(MultiStartProblem problem, int first, List<Point> starts, Deadline deadline,
			AtomicBoolean cancelled) {
		ProgressListener listener = (step, point, value, gradientNorm) -> !cancelled.get();
		List<StartOutcome> outcomes = new ArrayList<>(starts.size());
		for (int i = 0; i < starts.size(); i++) {
			int index = first + i;
			Point start = starts.get(i);
			Status refusal = refusal(cancelled, deadline);
			if (refusal != null) {
				outcomes.add(StartOutcome.notBegun(index, start, refusal));
				continue;
			}
			Minimization minimization = new Minimization(problem.expression(), start, problem.optimizer(),
					problem.gradient(), problem.stopping(), problem.project() ? problem.box() : null, 0);
			OptimizationResult result = this.local.minimize(minimization, deadline, listener);
			outcomes.add(new StartOutcome(index, start, result.bestPoint(), result.bestValue(), result.status(),
					result.steps(), result.evaluations(), result.gradientEvaluations()));
		}
		return outcomes;
	}

	/** Why a start may not begin now, or {@code null} if it may. */
	private static Status refusal(AtomicBoolean cancelled, Deadline deadline) {
		if (cancelled.get()) {
			return Status.CANCELLED;
		}
		return deadline.hasPassed() ? Status.DEADLINE : null;
	}

	private static List<StartOutcome> result(Future<List<StartOutcome>> done) throws InterruptedException {
		try {
			return done.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("a start failed", ex.getCause());
		}
	}

}
