package dev.descent.expression;

import java.util.List;
import java.util.Random;

/**
 * Random expressions over every operator, function and constant of the language, and
 * random points that include zeros, infinities, NaN and values outside every domain.
 */
final class RandomExpressions {

	static final List<String> VARIABLES = List.of("x", "y", "z", "w");

	private static final String[] BINARY = { "+", "-", "*", "/", "^", "%" };

	private static final String[] CONSTANTS = { "0", "1", "2", "3", "0.5", "2.5", "pi", "e", "1e-3" };

	private static final double[] SPECIAL = { 0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e-300, 1e300, Double.POSITIVE_INFINITY,
			Double.NEGATIVE_INFINITY, Double.NaN };

	private final Random random;

	RandomExpressions(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Returns a random expression whose tree is at most {@code depth} deep.
	 * @param depth the depth
	 * @return the text
	 */
	String expression(int depth) {
		if (depth == 0 || this.random.nextInt(5) == 0) {
			return (this.random.nextInt(3) == 0) ? CONSTANTS[this.random.nextInt(CONSTANTS.length)]
					: VARIABLES.get(this.random.nextInt(VARIABLES.size()));
		}
		int choice = this.random.nextInt(4);
		if (choice == 0) {
			return "-(" + expression(depth - 1) + ")";
		}
		if (choice == 1) {
			String[] functions = Operation.functions().keySet().stream().sorted().toArray(String[]::new);
			String name = functions[this.random.nextInt(functions.length)];
			if (Operation.function(name).arity() == 2) {
				return name + "(" + expression(depth - 1) + ", " + expression(depth - 1) + ")";
			}
			return name + "(" + expression(depth - 1) + ")";
		}
		String operator = BINARY[this.random.nextInt(BINARY.length)];
		String right = (operator.equals("^") && this.random.nextBoolean()) ? "2" : expression(depth - 1);
		return "(" + expression(depth - 1) + ")" + operator + "(" + right + ")";
	}

	/**
	 * Returns a random point: mostly ordinary coordinates, sometimes special ones.
	 * @param dimension the number of coordinates
	 * @return the point
	 */
	double[] point(int dimension) {
		double[] point = new double[dimension];
		for (int i = 0; i < dimension; i++) {
			point[i] = (this.random.nextInt(6) == 0) ? SPECIAL[this.random.nextInt(SPECIAL.length)]
					: 6 * this.random.nextDouble() - 3;
		}
		return point;
	}

	/**
	 * Returns a long sum of random terms, long enough to be cut into several segments.
	 * @param terms how many terms
	 * @param depth the depth of each term
	 * @return the text
	 */
	String sum(int terms, int depth) {
		StringBuilder text = new StringBuilder(expression(depth));
		for (int i = 1; i < terms; i++) {
			text.append(" + ").append(expression(depth));
		}
		return text.toString();
	}

}
