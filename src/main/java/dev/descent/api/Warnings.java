package dev.descent.api;

import java.util.ArrayList;
import java.util.List;

import dev.descent.expression.CompiledExpression;
import dev.descent.optimization.GradientMethod;

/**
 * Warnings a response carries so that nothing fails silently.
 */
final class Warnings {

	private Warnings() {
	}

	/**
	 * Warns when exact gradients meet operations that are not differentiable everywhere.
	 */
	static List<String> gradient(CompiledExpression expression, GradientMethod method) {
		List<String> warnings = new ArrayList<>();
		if (method == GradientMethod.EXACT && !expression.nonSmoothOperations().isEmpty()) {
			warnings.add("the expression uses " + String.join(", ", expression.nonSmoothOperations())
					+ ", not differentiable everywhere: exact gradients use the conventions abs'(0) = 0, "
					+ "floor' = ceil' = signum' = 0 (also at jumps), d(a % b)/da = 1 and d(a % b)/db = -trunc(a/b)");
		}
		return warnings;
	}

}
