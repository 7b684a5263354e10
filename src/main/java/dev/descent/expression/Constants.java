package dev.descent.expression;

import java.util.Map;

/**
 * The named constants of the expression language: {@code pi} (\(\pi\)) and {@code e}
 * (Euler's number). Their names cannot be used as variables.
 */
final class Constants {

	private static final Map<String, Double> VALUES = Map.of("pi", Math.PI, "e", Math.E);

	private Constants() {
	}

	/**
	 * Returns the value of a named constant.
	 * @param name a name as written in an expression
	 * @return its value, or {@code null} when the name is not a constant
	 */
	static Double value(String name) {
		return VALUES.get(name);
	}

	static Map<String, Double> all() {
		return VALUES;
	}

}
