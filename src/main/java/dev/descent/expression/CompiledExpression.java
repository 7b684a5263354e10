package dev.descent.expression;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An expression compiled into a straight-line program over its variables: an immutable
 * value that any number of threads may evaluate at once. Each thread evaluates through an
 * {@link Evaluator} of its own, which holds the scratch space, so that evaluation never
 * allocates.
 *
 * <p>
 * The program is a Wengert list: instruction \(i\) computes \(v_i = \varphi_i(v_{l_i},
 * v_{r_i})\) from earlier results, the last one is the value of the expression. Its
 * gradient comes from one backward sweep over the same list (reverse-mode automatic
 * differentiation): with adjoints \(\bar v_n = 1\) and \(\bar v_j = \sum_{i : j \in
 * \{l_i, r_i\}} \bar v_i\,\partial\varphi_i/\partial v_j\), the partial derivative with
 * respect to variable \(k\) is the sum of the adjoints of its loads. A value and its full
 * gradient therefore cost a small constant times one evaluation, whatever the number of
 * variables.
 */
public final class CompiledExpression {

	private final String text;

	private final List<String> variables;

	private final Operation[] operations;

	private final int[] lefts;

	private final int[] rights;

	private final double[] constants;

	private final boolean[] active;

	private final Set<String> nonSmoothOperations;

	CompiledExpression(String text, List<String> variables, Operation[] operations, int[] lefts, int[] rights,
			double[] constants, Set<String> nonSmoothOperations) {
		this.text = text;
		this.variables = List.copyOf(variables);
		this.operations = operations;
		this.lefts = lefts;
		this.rights = rights;
		this.constants = constants;
		this.active = activity(operations, lefts, rights);
		this.nonSmoothOperations = Collections.unmodifiableSet(new TreeSet<>(nonSmoothOperations));
	}

	/**
	 * Marks the instructions whose value depends on a variable: only they need adjoints.
	 */
	private static boolean[] activity(Operation[] operations, int[] lefts, int[] rights) {
		boolean[] active = new boolean[operations.length];
		for (int i = 0; i < operations.length; i++) {
			active[i] = switch (operations[i]) {
				case CONSTANT -> false;
				case VARIABLE -> true;
				default -> active[lefts[i]] || (rights[i] >= 0 && active[rights[i]]);
			};
		}
		return active;
	}

	public String text() {
		return this.text;
	}

	/**
	 * Returns the variables, in the order in which points and gradients list them.
	 * @return the variable names
	 */
	public List<String> variables() {
		return this.variables;
	}

	public int dimension() {
		return this.variables.size();
	}

	/**
	 * Returns the operations the expression uses that are not differentiable everywhere
	 * ({@code abs}, {@code floor}, {@code ceil}, {@code signum}, {@code %}), whose exact
	 * derivatives follow a convention at their kinks and jumps.
	 * @return their symbols, sorted
	 */
	public Set<String> nonSmoothOperations() {
		return this.nonSmoothOperations;
	}

	/**
	 * Returns the number of instructions of the compiled program.
	 * @return its size
	 */
	public int size() {
		return this.operations.length;
	}

	/**
	 * Creates scratch space for one thread's evaluations.
	 * @return a new evaluator, not to be shared between threads
	 */
	public Evaluator evaluator() {
		return new Evaluator(this);
	}

	double forward(double[] point, double[] values) {
		Operation[] operations = this.operations;
		int[] lefts = this.lefts;
		int[] rights = this.rights;
		for (int i = 0; i < operations.length; i++) {
			Operation operation = operations[i];
			values[i] = switch (operation) {
				case CONSTANT -> this.constants[i];
				case VARIABLE -> point[lefts[i]];
				default -> operation.apply(values[lefts[i]], (rights[i] < 0) ? 0.0 : values[rights[i]]);
			};
		}
		return values[operations.length - 1];
	}

	/**
	 * The backward sweep. An adjoint that is exactly zero is not propagated, so that a
	 * branch whose contribution is multiplied by zero cannot turn the gradient into NaN
	 * through an infinite partial derivative.
	 */
	void backward(double[] values, double[] adjoints, double[] gradient) {
		Operation[] operations = this.operations;
		int[] lefts = this.lefts;
		int[] rights = this.rights;
		boolean[] active = this.active;
		Arrays.fill(gradient, 0.0);
		Arrays.fill(adjoints, 0.0);
		adjoints[operations.length - 1] = 1.0;
		for (int i = operations.length - 1; i >= 0; i--) {
			double adjoint = adjoints[i];
			if (adjoint == 0.0 || !active[i]) {
				continue;
			}
			Operation operation = operations[i];
			if (operation == Operation.VARIABLE) {
				gradient[lefts[i]] += adjoint;
				continue;
			}
			int left = lefts[i];
			int right = rights[i];
			double a = values[left];
			double b = (right < 0) ? 0.0 : values[right];
			if (active[left]) {
				adjoints[left] += adjoint * operation.partial(0, a, b, values[i]);
			}
			if (right >= 0 && active[right]) {
				adjoints[right] += adjoint * operation.partial(1, a, b, values[i]);
			}
		}
	}

	@Override
	public String toString() {
		return this.text;
	}

}
