package dev.descent.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for the path of iterates.
 */
final class Paths {

	private Paths() {
	}

	/**
	 * Keeps at most {@code most} points of a path, evenly spaced, always with its first
	 * and last.
	 * @param path the path
	 * @param most the most points to keep, at least 2
	 * @return the thinned path
	 */
	static List<double[]> thin(List<double[]> path, int most) {
		if (path.size() <= most) {
			return path;
		}
		int every = (path.size() + most - 3) / (most - 2);
		List<double[]> thinned = new ArrayList<>(most);
		for (int i = 0; i < path.size() - 1; i += every) {
			thinned.add(path.get(i));
		}
		thinned.add(path.get(path.size() - 1));
		return thinned;
	}

}
