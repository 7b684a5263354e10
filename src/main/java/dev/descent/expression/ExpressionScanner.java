package dev.descent.expression;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A linear scan of the text that checks everything exp4j would otherwise discover slowly,
 * late, or not at all, and rewrites the expression into a canonical form for exp4j.
 *
 * <p>
 * Every error names its zero-based position. The canonical form separates tokens by
 * spaces, writes implicit multiplication ({@code 2x}) as an explicit {@code *}, and
 * writes the constants {@code pi} and {@code e} as numbers, so that exp4j's longest-match
 * tokenizer has nothing to guess: with only {@code x} declared, {@code x2} is reported as
 * the unknown name {@code x2}, never read as {@code x*2}.
 */
final class ExpressionScanner {

	private static final Set<Character> OPERATORS = Set.of('+', '-', '*', '/', '^', '%');

	private final String text;

	private final Set<String> variables;

	private final ExpressionLimits limits;

	private final StringBuilder canonical = new StringBuilder();

	private final Deque<Group> groups = new ArrayDeque<>();

	private int position;

	private boolean expectOperand = true;

	private int operatorRun;

	private ExpressionScanner(String text, Set<String> variables, ExpressionLimits limits) {
		this.text = text;
		this.variables = variables;
		this.limits = limits;
	}

	/**
	 * Checks an expression and returns its canonical form.
	 * @param text the expression as the client wrote it
	 * @param variables the names the client declared
	 * @param limits the bounds to enforce
	 * @return the canonical text to hand to exp4j
	 * @throws InvalidExpressionException if the expression is not well formed
	 */
	static String canonicalize(String text, Set<String> variables, ExpressionLimits limits) {
		if (text.length() > limits.maxLength()) {
			throw new InvalidExpressionException(text, limits.maxLength(), null, "the expression has " + text.length()
					+ " characters, more than the limit of " + limits.maxLength());
		}
		if (text.isBlank()) {
			throw new InvalidExpressionException(text, 0, null, "the expression is empty");
		}
		return new ExpressionScanner(text, variables, limits).scan();
	}

	private String scan() {
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				this.position++;
			}
			else if (isDigit(c) || c == '.') {
				number();
			}
			else if (isLetter(c)) {
				name();
			}
			else if (OPERATORS.contains(c)) {
				operator(c);
			}
			else if (c == '(') {
				open(null);
			}
			else if (c == ')') {
				close();
			}
			else if (c == ',') {
				separator();
			}
			else {
				throw fail(this.position, null,
						describe(c) + " at position " + this.position + " is not part of the expression language");
			}
		}
		if (!this.groups.isEmpty()) {
			Group group = this.groups.peek();
			throw fail(group.position, null, "the '(' at position " + group.position + " is never closed");
		}
		if (this.expectOperand) {
			throw fail(this.text.length(), null, "the expression ends where an operand is expected");
		}
		return this.canonical.toString();
	}

	private void number() {
		int start = this.position;
		int end = digits(start);
		if (end < this.text.length() && this.text.charAt(end) == '.') {
			end = digits(end + 1);
		}
		if (end == start + 1 && this.text.charAt(start) == '.') {
			throw fail(start, null, "'.' at position " + start + " is not part of a number");
		}
		if (end < this.text.length() && (this.text.charAt(end) == 'e' || this.text.charAt(end) == 'E')) {
			int exponent = end + 1;
			if (exponent < this.text.length()
					&& (this.text.charAt(exponent) == '+' || this.text.charAt(exponent) == '-')) {
				exponent++;
			}
			if (exponent < this.text.length() && isDigit(this.text.charAt(exponent))) {
				end = digits(exponent);
			}
		}
		if (end < this.text.length() && this.text.charAt(end) == '.') {
			throw fail(end, null, "the number at position " + start + " has a second '.'");
		}
		String literal = this.text.substring(start, end);
		double value = Double.parseDouble(literal);
		if (!Double.isFinite(value)) {
			throw fail(start, null, "the number " + literal + " at position " + start + " is too large for a double");
		}
		if (!this.expectOperand) {
			throw fail(start, null, "the number at position " + start
					+ " follows an operand without an operator; write '*' between them");
		}
		operand(literal);
		this.position = end;
	}

	private void name() {
		int start = this.position;
		int end = start;
		while (end < this.text.length() && isNameCharacter(this.text.charAt(end))) {
			end++;
			if (end - start > this.limits.maxIdentifierLength()) {
				throw fail(start, null, "the name at position " + start + " is longer than "
						+ this.limits.maxIdentifierLength() + " characters");
			}
		}
		String name = this.text.substring(start, end);
		this.position = end;
		implicitMultiplication();
		if (this.variables.contains(name)) {
			operand(name);
		}
		else if (Constants.value(name) != null) {
			operand(Double.toString(Constants.value(name)));
		}
		else if (Operation.function(name) != null) {
			int open = skipSpaces(end);
			if (open >= this.text.length() || this.text.charAt(open) != '(') {
				throw fail(start, name,
						"the function '" + name + "' at position " + start + " must be followed by '('");
			}
			this.canonical.append(name).append(' ');
			this.position = open;
			open(Operation.function(name));
		}
		else {
			throw fail(start, name, "unknown name '" + name + "' at position " + start + ": not a variable ("
					+ declared() + "), a constant (pi, e) or a function");
		}
	}

	private String declared() {
		if (this.variables.isEmpty()) {
			return "none declared";
		}
		String names = this.variables.stream().limit(8).collect(Collectors.joining(", "));
		return (this.variables.size() > 8) ? names + ", ..." : names;
	}

	private void operator(char c) {
		if (this.expectOperand) {
			if (c != '+' && c != '-') {
				throw fail(this.position, null, "'" + c + "' at position " + this.position + " has no left operand");
			}
		}
		this.operatorRun++;
		if (this.operatorRun > this.limits.maxOperatorRun()) {
			throw fail(this.position, null,
					"more than " + this.limits.maxOperatorRun() + " operators in a row at position " + this.position);
		}
		this.canonical.append(c).append(' ');
		this.expectOperand = true;
		this.position++;
	}

	private void open(Operation function) {
		implicitMultiplication();
		if (this.groups.size() >= this.limits.maxNesting()) {
			throw fail(this.position, null, "parentheses are nested more than " + this.limits.maxNesting() + " deep");
		}
		this.groups.push(new Group(this.position, function));
		this.canonical.append("( ");
		this.expectOperand = true;
		this.operatorRun = 0;
		this.position++;
	}

	private void close() {
		if (this.groups.isEmpty()) {
			throw fail(this.position, null, "the ')' at position " + this.position + " has no matching '('");
		}
		if (this.expectOperand) {
			throw fail(this.position, null, "an operand is missing before the ')' at position " + this.position);
		}
		Group group = this.groups.pop();
		if (group.function != null && group.arguments + 1 != group.function.arity()) {
			throw fail(group.position, group.function.symbol(), "the function '" + group.function.symbol() + "' takes "
					+ arguments(group.function.arity()) + " but is given " + arguments(group.arguments + 1));
		}
		this.canonical.append(") ");
		this.expectOperand = false;
		this.position++;
	}

	private void separator() {
		Group group = this.groups.peek();
		if (group == null || group.function == null) {
			throw fail(this.position, null,
					"',' at position " + this.position + " is outside the arguments of a function");
		}
		if (this.expectOperand) {
			throw fail(this.position, null, "an argument is missing before the ',' at position " + this.position);
		}
		group.arguments++;
		this.canonical.append(", ");
		this.expectOperand = true;
		this.operatorRun = 0;
		this.position++;
	}

	private void operand(String canonicalText) {
		this.canonical.append(canonicalText).append(' ');
		this.expectOperand = false;
		this.operatorRun = 0;
	}

	/**
	 * An operand or '(' right after an operand multiplies it, as in {@code 2x} or
	 * {@code (x+1)(x-1)}.
	 */
	private void implicitMultiplication() {
		if (!this.expectOperand) {
			this.canonical.append("* ");
			this.expectOperand = true;
		}
	}

	private int digits(int from) {
		int end = from;
		while (end < this.text.length() && isDigit(this.text.charAt(end))) {
			end++;
		}
		return end;
	}

	private int skipSpaces(int from) {
		int end = from;
		while (end < this.text.length() && Character.isWhitespace(this.text.charAt(end))) {
			end++;
		}
		return end;
	}

	private InvalidExpressionException fail(int at, String name, String message) {
		return new InvalidExpressionException(this.text, at, name, message);
	}

	private static String arguments(int count) {
		return count + ((count == 1) ? " argument" : " arguments");
	}

	private static String describe(char c) {
		String code = String.format("U+%04X", (int) c);
		return switch (c) {
			case '\u2212' -> "the minus sign " + code + " (use '-')";
			case '\u00D7' -> "the multiplication sign " + code + " (use '*')";
			case '\u00F7' -> "the division sign " + code + " (use '/')";
			case '\u00A0', '\u2007', '\u202F' -> "the no-break space " + code + " (use a plain space)";
			default -> (c >= 0x20 && c < 0x7F) ? "the character '" + c + "'" : "the character " + code;
		};
	}

	static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
	}

	static boolean isNameCharacter(char c) {
		return isLetter(c) || isDigit(c);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static final class Group {

		private final int position;

		private final Operation function;

		private int arguments;

		Group(int position, Operation function) {
			this.position = position;
			this.function = function;
		}

	}

}
