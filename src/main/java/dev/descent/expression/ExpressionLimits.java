package dev.descent.expression;

/**
 * Bounds on the text handed to the parser. exp4j's tokenizer is quadratic in the length
 * of a run of letters or operator characters, so these bounds, checked by our own linear
 * scan before exp4j sees anything, keep the parsing of any request to well under a
 * millisecond per kilobyte.
 *
 * @param maxLength the most characters an expression may have
 * @param maxIdentifierLength the most characters a variable or function name may have
 * @param maxNesting the deepest nesting of parentheses
 * @param maxOperatorRun the most operators in a row, as in {@code --x}
 * @param maxVariables the most variables an expression may declare
 */
public record ExpressionLimits(int maxLength, int maxIdentifierLength, int maxNesting, int maxOperatorRun,
		int maxVariables) {

	/** Limits that suit a public service. */
	public static final ExpressionLimits DEFAULTS = new ExpressionLimits(10_000, 64, 100, 8, 1_000);

	public ExpressionLimits {
		requirePositive(maxLength, "maxLength");
		requirePositive(maxIdentifierLength, "maxIdentifierLength");
		requirePositive(maxNesting, "maxNesting");
		requirePositive(maxOperatorRun, "maxOperatorRun");
		requirePositive(maxVariables, "maxVariables");
	}

	private static void requirePositive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException("'" + name + "' must be positive");
		}
	}

}
