package dev.descent.optimization.multistart;

import java.util.ArrayList;
import java.util.List;

import dev.descent.optimization.Bounds;
import dev.descent.optimization.Point;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * The start points of a multi-start run, indexed from 0: first the points the client
 * gave, in their order, then sampled points. With \(m\) given points, start \(i \ge m\)
 * is the \((i - m)\)-th sampled point, which depends only on the sampling scheme, the
 * seed, the box and \(i - m\) (and, for the Latin hypercube, on the number of sampled
 * starts of the whole run): so a slice of a run sees exactly the starts the whole run
 * would.
 *
 * <p>
 * A sampled point is \(x_d = l_d + (u_d - l_d)\, t_d\) with \(t \in [0, 1)^n\) from the
 * scheme, clamped into \([l_d, u_d]\) against round-off.
 */
public final class StartSequence {

	private static final double SOBOL_SCALE = 0x1.0p52;

	private static final long SOBOL_MASK = (1L << 52) - 1;

	private final Bounds box;

	private final Sampling sampling;

	private final long seed;

	private final List<Point> given;

	private final int strata;

	private final Permutation[] permutations;

	private final long[] shifts;

	private StartSequence(Bounds box, Sampling sampling, long seed, List<Point> given, int totalStarts) {
		int n = box.dimension();
		this.box = box;
		this.sampling = sampling;
		this.seed = seed;
		this.given = List.copyOf(given);
		this.strata = Math.max(0, totalStarts - given.size());
		this.permutations = new Permutation[(sampling == Sampling.LATIN_HYPERCUBE && this.strata > 0) ? n : 0];
		for (int d = 0; d < this.permutations.length; d++) {
			this.permutations[d] = new Permutation(this.strata, Seeds.stream(seed, Seeds.PERMUTATION, d));
		}
		this.shifts = new long[(sampling == Sampling.SOBOL) ? n : 0];
		for (int d = 0; d < this.shifts.length; d++) {
			this.shifts[d] = Seeds.word(Seeds.stream(seed, Seeds.SHIFT, 0), d) & SOBOL_MASK;
		}
	}

	/**
	 * Creates the start sequence of a run.
	 * @param box where sampled points lie; also the box every given point must lie in
	 * @param sampling how points are sampled
	 * @param seed the run's seed
	 * @param given the client's start points, run first
	 * @param totalStarts the number of starts of the whole run, given ones included; it
	 * sets the strata of {@link Sampling#LATIN_HYPERCUBE} and is otherwise unused
	 * @return the sequence
	 */
	public static StartSequence of(Bounds box, Sampling sampling, long seed, List<Point> given, int totalStarts) {
		if (sampling == null) {
			throw new IllegalArgumentException("'sampling' must not be null");
		}
		if (box.dimension() < 1) {
			throw new IllegalArgumentException("'box' must have at least one dimension");
		}
		for (Point point : given) {
			if (point.dimension() != box.dimension() || !box.contains(point.toArray())) {
				throw new IllegalArgumentException("start point " + point + " must lie in the box");
			}
		}
		return new StartSequence(box, sampling, seed, given, totalStarts);
	}

	/**
	 * Returns one start.
	 * @param index the start's index
	 * @return its point
	 */
	public Point get(int index) {
		return cursor(index).next();
	}

	/**
	 * Returns consecutive starts.
	 * @param first the index of the first
	 * @param count how many
	 * @return their points, in index order
	 */
	public List<Point> get(int first, int count) {
		Cursor cursor = cursor(first);
		List<Point> points = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			points.add(cursor.next());
		}
		return points;
	}

	/**
	 * Returns a cursor that walks the sequence from a start on. Walking is cheaper than
	 * asking for each index: the Sobol generator then advances by one Gray-code step.
	 * @param first the index of the first start it returns
	 * @return the cursor, for one thread
	 */
	public Cursor cursor(int first) {
		if (first < 0) {
			throw new IllegalArgumentException("'first' must not be negative");
		}
		return new Cursor(first);
	}

	private double coordinate(int d, double t) {
		double lower = this.box.lower(d);
		double upper = this.box.upper(d);
		double width = upper - lower;
		double x = Double.isFinite(width) ? lower + width * t : lower * (1.0 - t) + upper * t;
		return Math.min(upper, Math.max(lower, x));
	}

	/**
	 * Walks the sequence one start at a time. Not thread-safe; the points it returns
	 * depend only on their indices, not on the walk.
	 */
	public final class Cursor {

		private int index;

		private SobolSequenceGenerator sobol;

		private Cursor(int first) {
			this.index = first;
		}

		/**
		 * Returns the current start and moves to the next.
		 * @return the start's point
		 */
		public Point next() {
			int current = this.index++;
			if (current < StartSequence.this.given.size()) {
				return StartSequence.this.given.get(current);
			}
			int j = current - StartSequence.this.given.size();
			double[] point = new double[StartSequence.this.box.dimension()];
			switch (StartSequence.this.sampling) {
				case UNIFORM -> uniform(j, point);
				case LATIN_HYPERCUBE -> latinHypercube(j, point);
				case SOBOL -> sobol(j, point);
			}
			return Point.of(point);
		}

		private void uniform(int j, double[] point) {
			long stream = Seeds.stream(StartSequence.this.seed, Seeds.UNIFORM, j);
			for (int d = 0; d < point.length; d++) {
				point[d] = coordinate(d, Seeds.unit(stream, d));
			}
		}

		private void latinHypercube(int j, double[] point) {
			int strata = StartSequence.this.strata;
			if (j >= strata) {
				throw new IllegalArgumentException("start " + (j + StartSequence.this.given.size())
						+ " lies beyond the " + (strata + StartSequence.this.given.size())
						+ " starts of the run, which a Latin hypercube needs to know");
			}
			long stream = Seeds.stream(StartSequence.this.seed, Seeds.JITTER, j);
			for (int d = 0; d < point.length; d++) {
				long stratum = StartSequence.this.permutations[d].apply(j);
				point[d] = coordinate(d, (stratum + Seeds.unit(stream, d)) / strata);
			}
		}

		private void sobol(int j, double[] point) {
			if (this.sobol == null) {
				this.sobol = new SobolSequenceGenerator(point.length);
			}
			double[] unit = (this.sobol.getNextIndex() == j) ? this.sobol.nextVector() : this.sobol.skipTo(j);
			for (int d = 0; d < point.length; d++) {
				long bits = ((long) (unit[d] * SOBOL_SCALE)) ^ StartSequence.this.shifts[d];
				point[d] = coordinate(d, bits / SOBOL_SCALE);
			}
		}

	}

}
