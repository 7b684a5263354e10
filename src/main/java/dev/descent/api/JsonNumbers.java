package dev.descent.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.descent.optimization.Point;

/**
 * Keeps responses strict JSON: a number that is not finite is written as {@code null},
 * and the status beside it says why.
 */
final class JsonNumbers {

	private JsonNumbers() {
	}

	static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	/**
	 * A point as a map from variable name to coordinate, in the variables' order.
	 */
	static Map<String, Double> named(List<String> variables, Point point) {
		Map<String, Double> named = new LinkedHashMap<>();
		for (int i = 0; i < variables.size(); i++) {
			named.put(variables.get(i), finite(point.get(i)));
		}
		return named;
	}

}
