package dev.descent.optimization.multistart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
		List<Minimum> minima = new ArrayList<>();
		for (StartOutcome outcome : outcomes) {
			if (outcome.status() == Status.CONVERGED) {
				add(minima, new Minimum(outcome.point(), outcome.value(), outcome.index(), 1), tolerance);
			}
		}
		return sorted(minima);
	}

	/**
	 * Merges lists of minima, such as those of the slices of a run.
	 * @param lists the lists, in the order of their slices
	 * @param tolerance \(\tau\), the merging distance
	 * @return the merged minima, best first
	 */
	public static List<Minimum> merge(List<List<Minimum>> lists, double tolerance) {
		List<Minimum> minima = new ArrayList<>();
		for (List<Minimum> list : lists) {
			for (Minimum candidate : list) {
				add(minima, candidate, tolerance);
			}
		}
		return sorted(minima);
	}

	private static void add(List<Minimum> minima, Minimum candidate, double tolerance) {
		int nearest = -1;
		double nearestDistance = Double.POSITIVE_INFINITY;
		for (int i = 0; i < minima.size(); i++) {
			double distance = distanceWithin(minima.get(i).point(), candidate.point(), tolerance);
			if (distance <= tolerance && (nearest < 0 || distance < nearestDistance)) {
				nearest = i;
				nearestDistance = distance;
			}
		}
		if (nearest < 0) {
			minima.add(candidate);
		}
		else {
			minima.set(nearest, minima.get(nearest).absorb(candidate));
		}
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

	private static List<Minimum> sorted(List<Minimum> minima) {
		return minima.stream()
			.sorted(Comparator.comparingDouble(Minimum::value).thenComparingInt(Minimum::start))
			.toList();
	}

}
