package dev.descent.expression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * Turns expression text into a {@link CompiledExpression}: our scanner checks the text
 * and writes it in canonical form, exp4j's shunting-yard turns that into postfix order,
 * and the postfix tokens become a straight-line program of {@link Operation}s, with
 * constant sub-expressions folded and {@code x^2} written as {@code x*x}.
 *
 * <p>
 * The compiler is stateless and thread-safe. exp4j's {@code Expression} is never built,
 * so no mutable exp4j object outlives a call.
 */
public final class ExpressionCompiler {

	private final ExpressionLimits limits;

	public ExpressionCompiler(ExpressionLimits limits) {
		this.limits = limits;
	}

	public ExpressionLimits limits() {
		return this.limits;
	}

	/**
	 * Compiles an expression in the given variables.
	 * @param text the expression
	 * @param variables the variable names, in the order that points and gradients use
	 * @return the compiled expression
	 * @throws InvalidExpressionException if the text is not a valid expression in them
	 * @throws InvalidVariableException if a variable name cannot be used
	 */
	public CompiledExpression compile(String text, List<String> variables) {
		Set<String> names = checkVariables(variables);
		String canonical = ExpressionScanner.canonicalize(text, names, this.limits);
		Token[] postfix;
		try {
			postfix = ShuntingYard.convertToRPN(canonical, Map.of(), Map.of(), names, false);
		}
		catch (RuntimeException ex) {
			throw new InvalidExpressionException(text, 0, null, "the expression could not be parsed");
		}
		return new Assembler(text, variables).assemble(postfix);
	}

	private Set<String> checkVariables(List<String> variables) {
		if (variables.size() > this.limits.maxVariables()) {
			throw new InvalidVariableException(null, "there are " + variables.size()
					+ " variables, more than the limit of " + this.limits.maxVariables());
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : variables) {
			if (name == null || name.isEmpty() || !ExpressionScanner.isLetter(name.charAt(0))
					|| !name.chars().allMatch((c) -> ExpressionScanner.isNameCharacter((char) c))) {
				throw new InvalidVariableException(name, "the variable name '" + name
						+ "' is not a name: use a letter or '_' followed by letters, digits or '_'");
			}
			if (name.length() > this.limits.maxIdentifierLength()) {
				throw new InvalidVariableException(name, "the variable name '" + name + "' is longer than "
						+ this.limits.maxIdentifierLength() + " characters");
			}
			if (Constants.value(name) != null || Operation.function(name) != null) {
				throw new InvalidVariableException(name,
						"the variable name '" + name + "' is reserved for a constant or function");
			}
			if (!names.add(name)) {
				throw new InvalidVariableException(name, "the variable '" + name + "' is declared twice");
			}
		}
		return names;
	}

	/** Builds the straight-line program from postfix tokens, one node per token. */
	private static final class Assembler {

		private final String text;

		private final List<String> variables;

		private final List<Operation> operations = new ArrayList<>();

		private final List<Integer> lefts = new ArrayList<>();

		private final List<Integer> rights = new ArrayList<>();

		private final List<Double> constants = new ArrayList<>();

		private final Map<String, Integer> loads = new HashMap<>();

		Assembler(String text, List<String> variables) {
			this.text = text;
			this.variables = variables;
		}

		CompiledExpression assemble(Token[] postfix) {
			int[] stack = new int[postfix.length];
			int depth = 0;
			for (Token token : postfix) {
				if (token instanceof NumberToken number) {
					stack[depth++] = constant(number.getValue());
				}
				else if (token instanceof VariableToken variable) {
					stack[depth++] = load(variable.getName());
				}
				else if (!isUnaryPlus(token)) {
					Operation operation = operation(token);
					int arity = operation.arity();
					if (depth < arity) {
						throw new InvalidExpressionException(this.text, 0, null, "the expression could not be parsed");
					}
					depth -= arity;
					int left = stack[depth];
					int right = (arity == 2) ? stack[depth + 1] : -1;
					stack[depth++] = node(operation, left, right);
				}
			}
			if (depth != 1) {
				throw new InvalidExpressionException(this.text, 0, null, "the expression could not be parsed");
			}
			return link(stack[0]);
		}

		private static boolean isUnaryPlus(Token token) {
			return token instanceof OperatorToken operator && operator.getOperator().getNumOperands() == 1
					&& operator.getOperator().getSymbol().equals("+");
		}

		private Operation operation(Token token) {
			if (token instanceof FunctionToken function) {
				return Operation.function(function.getFunction().getName());
			}
			if (token instanceof OperatorToken operator) {
				String symbol = operator.getOperator().getSymbol();
				if (operator.getOperator().getNumOperands() == 1) {
					return Operation.NEGATE;
				}
				return switch (symbol) {
					case "+" -> Operation.ADD;
					case "-" -> Operation.SUBTRACT;
					case "*" -> Operation.MULTIPLY;
					case "/" -> Operation.DIVIDE;
					case "^" -> Operation.POWER;
					case "%" -> Operation.REMAINDER;
					default ->
						throw new InvalidExpressionException(this.text, 0, null, "the expression could not be parsed");
				};
			}
			throw new InvalidExpressionException(this.text, 0, null, "the expression could not be parsed");
		}

		private int node(Operation operation, int left, int right) {
			boolean constantOperands = isConstant(left) && (right < 0 || isConstant(right));
			if (constantOperands) {
				double b = (right < 0) ? 0.0 : this.constants.get(right);
				return constant(operation.apply(this.constants.get(left), b));
			}
			if ((operation == Operation.POWER || operation == Operation.POW) && isConstant(right)
					&& this.constants.get(right) == 2.0) {
				return add(Operation.SQUARE, left, -1, 0.0);
			}
			return add(operation, left, right, 0.0);
		}

		private boolean isConstant(int node) {
			return this.operations.get(node) == Operation.CONSTANT;
		}

		private int constant(double value) {
			return add(Operation.CONSTANT, -1, -1, value);
		}

		private int load(String name) {
			return this.loads.computeIfAbsent(name,
					(key) -> add(Operation.VARIABLE, this.variables.indexOf(key), -1, 0.0));
		}

		private int add(Operation operation, int left, int right, double constant) {
			this.operations.add(operation);
			this.lefts.add(left);
			this.rights.add(right);
			this.constants.add(constant);
			return this.operations.size() - 1;
		}

		/** Keeps only the nodes the result depends on, renumbered in evaluation order. */
		private CompiledExpression link(int root) {
			int size = this.operations.size();
			boolean[] reachable = new boolean[size];
			reachable[root] = true;
			for (int i = root; i >= 0; i--) {
				if (reachable[i]) {
					if (this.lefts.get(i) >= 0 && this.operations.get(i) != Operation.VARIABLE) {
						reachable[this.lefts.get(i)] = true;
					}
					if (this.rights.get(i) >= 0) {
						reachable[this.rights.get(i)] = true;
					}
				}
			}
			int[] renumbered = new int[size];
			int count = 0;
			for (int i = 0; i <= root; i++) {
				renumbered[i] = reachable[i] ? count++ : -1;
			}
			Operation[] operations = new Operation[count];
			int[] lefts = new int[count];
			int[] rights = new int[count];
			double[] constants = new double[count];
			Set<String> nonSmooth = new TreeSet<>();
			for (int i = 0; i <= root; i++) {
				if (reachable[i]) {
					int at = renumbered[i];
					Operation operation = this.operations.get(i);
					operations[at] = operation;
					int left = this.lefts.get(i);
					lefts[at] = (operation == Operation.VARIABLE || left < 0) ? left : renumbered[left];
					rights[at] = (this.rights.get(i) < 0) ? -1 : renumbered[this.rights.get(i)];
					constants[at] = this.constants.get(i);
					if (!operation.smooth()) {
						nonSmooth.add(operation.symbol());
					}
				}
			}
			return new CompiledExpression(this.text, this.variables, operations, lefts, rights, constants, nonSmooth);
		}

	}

}
