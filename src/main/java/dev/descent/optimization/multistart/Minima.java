package dev.descent.optimization.multistart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import dev.descent.optimization.Point;
import dev.descent.optimization.Status;

/**
 * Merges the end points of converged starts into distinct minima.
 *
 * <p>
 * The rule: the candidates (each converged start as a minimum of count 1, in start-index
 * order; or the minima of several slices, slice after slice) are taken one at a time. A
 * candidate \(c\) joins the existing minimum \(m\) whose point is nearest to it, if
 * \(\lVert p_m - p_c \rVert_2 \le \tau\) (ties go to the earlier minimum): counts add,
 * and the better of the two points (lower value, then lower start index) stays. Otherwise
 * \(c\) becomes a new minimum. The result lists the minima best first.
 *
 * <p>
 * When the converged points are <em>well separated</em>, that is, when they fall into
 * groups of diameter at most \(\tau\) that lie more than \(\tau\) apart, every candidate
 * joins the minimum of its own group, whatever the order: the result has one minimum per
 * group, with its best point and its size. Then merging the minima of the slices of a
 * run, in any grouping, gives exactly the minima of the whole run, so the merge is
 * associative. When they are not (a valley of minima, starts stopped short of
 * convergence, a tolerance near the distance between minima), a chain of nearby points
 * may be grouped differently by the whole run and by its slices: lower the tolerance, or
 * merge the per-start outcomes instead of the minima.
 */
public final class Minima {

	private Minima() {
	}

	/**
	 * The minima of a run's outcomes: its converged starts, merged in index order.
	 * @param outcomes the outcomes, in index order
	 * @param tolerance \(\tau\), the merging distance
	 * @return the minima, best first
	 */
	public static List<Minimum> of(List<StartOutcome> outcomes, double tolerance) {
		Merger merger = new Merger(tolerance);
		for (StartOutcome outcome : outcomes) {
			merger.add(outcome);
		}
		return merger.minima();
	}

	/**
	 * Merges lists of minima, such as those of the slices of a run.
	 * @param lists the lists, in the order of their slices
	 * @param tolerance \(\tau\), the merging distance
	 * @return the merged minima, best first
	 */
	public static List<Minimum> merge(List<List<Minimum>> lists, double tolerance) {
		Merger merger = new Merger(tolerance);
		for (List<Minimum> list : lists) {
			for (Minimum candidate : list) {
				merger.add(candidate);
			}
		}
		return merger.minima();
	}

	/**
	 * Applies the rule, one candidate at a time, without comparing each candidate with
	 * every minimum: minima are kept sorted by their projection \(k(p) = w^\top p\) on a
	 * fixed unit vector \(w\) whose components are spread in \([0.5, 1.5)\) before
	 * normalizing, so that minima on a lattice (as in Rastrigin's function) project
	 * apart. Since \(|k(p) - k(q)| \le \lVert p - q \rVert_2\), only minima whose
	 * projection lies within \(\tau\) of the candidate's (widened by a bound on the
	 * round-off of the projections) can be within \(\tau\) of it; the others are never
	 * looked at. The result is the rule's, exactly.
	 */
	static final class Merger {

		private final double tolerance;

		private final List<Entry> entries = new ArrayList<>();

		private final NavigableSet<Entry> byKey = new TreeSet<>(
				Comparator.comparingDouble(Entry::key).thenComparingInt(Entry::id));

		private double[] direction;

		private double largestMagnitude;

		Merger(double tolerance) {
			this.tolerance = tolerance;
		}

		/**
		 * Adds a start's outcome, if it converged.
		 * @param outcome the outcome; outcomes must come in index order
		 */
		void add(StartOutcome outcome) {
			if (outcome.status() == Status.CONVERGED) {
				add(new Minimum(outcome.point(), outcome.value(), outcome.index(), 1));
			}
		}

		void add(Minimum candidate) {
			double[] point = candidate.point().toArray();
			if (this.direction == null) {
				this.direction = direction(point.length);
			}
			double key = key(point);
			this.largestMagnitude = Math.max(this.largestMagnitude, magnitude(point));
			double margin = this.tolerance * (1 + 1e-12) + 4 * point.length * Math.ulp(this.largestMagnitude);
			Entry nearest = null;
			double nearestDistance = Double.POSITIVE_INFINITY;
			Entry from = new Entry(key - margin, -1, null);
			Entry to = new Entry(key + margin, Integer.MAX_VALUE, null);
			for (Entry entry : this.byKey.subSet(from, true, to, true)) {
				double distance = distanceWithin(entry.minimum().point(), candidate.point(), this.tolerance);
				boolean nearer = distance < nearestDistance
						|| (distance == nearestDistance && nearest != null && entry.id() < nearest.id());
				if (distance <= this.tolerance && (nearest == null || nearer)) {
					nearest = entry;
					nearestDistance = distance;
				}
			}
			if (nearest == null) {
				Entry entry = new Entry(key, this.entries.size(), candidate);
				this.entries.add(entry);
				this.byKey.add(entry);
			}
			else {
				Minimum merged = nearest.minimum().absorb(candidate);
				Entry entry = new Entry(key(merged.point().toArray()), nearest.id(), merged);
				this.byKey.remove(nearest);
				this.byKey.add(entry);
				this.entries.set(nearest.id(), entry);
			}
		}

		List<Minimum> minima() {
			return this.entries.stream()
				.map(Entry::minimum)
				.sorted(Comparator.comparingDouble(Minimum::value).thenComparingInt(Minimum::start))
				.toList();
		}

		private double key(double[] point) {
			double key = 0.0;
			for (int d = 0; d < point.length; d++) {
				key += this.direction[d] * point[d];
			}
			return key;
		}

		/** \(\sum_d |x_d|\), which bounds the round-off of a projection. */
		private static double magnitude(double[] point) {
			double sum = 0.0;
			for (double x : point) {
				sum += Math.abs(x);
			}
			return sum;
		}

		/** \(w_d \propto 0.5 + \{(d + 1)\varphi\}\), normalized. */
		private static double[] direction(int n) {
			double[] direction = new double[n];
			double golden = (Math.sqrt(5.0) - 1.0) / 2.0;
			double norm = 0.0;
			for (int d = 0; d < n; d++) {
				double fraction = (d + 1) * golden;
				direction[d] = 0.5 + (fraction - Math.floor(fraction));
				norm += direction[d] * direction[d];
			}
			norm = Math.sqrt(norm);
			for (int d = 0; d < n; d++) {
				direction[d] /= norm;
			}
			return direction;
		}

	}

	/** A minimum found so far, with its creation order and its projection. */
	private record Entry(double key, int id, Minimum minimum) {
	}

	/**
	 * The distance between two points, or infinity as soon as it is seen to exceed the
	 * tolerance: most pairs are far apart, and a few coordinates show it.
	 */
	private static double distanceWithin(Point a, Point b, double tolerance) {
		double bound = tolerance * tolerance;
		double sum = 0.0;
		for (int i = 0; i < a.dimension(); i++) {
			double difference = a.get(i) - b.get(i);
			sum += difference * difference;
			if (sum > bound) {
				return Double.POSITIVE_INFINITY;
			}
		}
		return Math.sqrt(sum);
	}

}
