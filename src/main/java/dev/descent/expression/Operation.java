package dev.descent.expression;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operations a compiled expression is made of: one per operator and built-in function
 * of the language, plus loads of constants and variables. Each knows its value and its
 * partial derivatives, which is all that reverse-mode differentiation needs.
 *
 * <p>
 * Arithmetic is IEEE 754 throughout, with no exceptions: {@code 1/0} is infinite and
 * {@code log(-1)} is NaN. Callers decide what a non-finite value means.
 */
enum Operation {

	CONSTANT(null, 0, true), VARIABLE(null, 0, true),

	ADD("+", 2, true), SUBTRACT("-", 2, true), MULTIPLY("*", 2, true), DIVIDE("/", 2, true), POWER("^", 2, true),
	REMAINDER("%", 2, false), NEGATE("-", 1, true),
	/**
	 * {@code x^2}, computed as {@code x*x}: exact to the last bit and much faster than
	 * pow.
	 */
	SQUARE(null, 1, true),

	SIN("sin", 1, true), COS("cos", 1, true), TAN("tan", 1, true), COT("cot", 1, true), ASIN("asin", 1, true),
	ACOS("acos", 1, true), ATAN("atan", 1, true), SINH("sinh", 1, true), COSH("cosh", 1, true), TANH("tanh", 1, true),
	EXP("exp", 1, true), EXPM1("expm1", 1, true), LOG("log", 1, true), LOG1P("log1p", 1, true), LOG2("log2", 1, true),
	LOG10("log10", 1, true), SQRT("sqrt", 1, true), CBRT("cbrt", 1, true), POW("pow", 2, true), ABS("abs", 1, false),
	FLOOR("floor", 1, false), CEIL("ceil", 1, false), SIGNUM("signum", 1, false);

	private static final Map<String, Operation> FUNCTIONS = Arrays.stream(values())
		.filter((operation) -> operation.symbol != null && Character.isLetter(operation.symbol.charAt(0)))
		.collect(Collectors.toUnmodifiableMap((operation) -> operation.symbol, Function.identity()));

	static final double LN2 = Math.log(2);

	static final double LN10 = Math.log(10);

	private final String symbol;

	private final int arity;

	private final boolean smooth;

	Operation(String symbol, int arity, boolean smooth) {
		this.symbol = symbol;
		this.arity = arity;
		this.smooth = smooth;
	}

	/**
	 * Returns the built-in function of that name.
	 * @param name a name as written in an expression
	 * @return the function, or {@code null} when there is none
	 */
	static Operation function(String name) {
		return FUNCTIONS.get(name);
	}

	static Map<String, Operation> functions() {
		return FUNCTIONS;
	}

	String symbol() {
		return this.symbol;
	}

	int arity() {
		return this.arity;
	}

	/**
	 * Whether the operation is differentiable wherever it is defined. Those that are not
	 * ({@code abs}, {@code floor}, {@code ceil}, {@code signum}, {@code %}) use the
	 * conventions of {@link #partial}.
	 * @return {@code true} for smooth operations
	 */
	boolean smooth() {
		return this.smooth;
	}

	/**
	 * Applies the operation.
	 * @param a the first operand
	 * @param b the second operand, ignored by unary operations
	 * @return the value
	 */
	double apply(double a, double b) {
		return switch (this) {
			case ADD -> a + b;
			case SUBTRACT -> a - b;
			case MULTIPLY -> a * b;
			case DIVIDE -> a / b;
			case POWER, POW -> Math.pow(a, b);
			case REMAINDER -> a % b;
			case NEGATE -> -a;
			case SQUARE -> a * a;
			case SIN -> Math.sin(a);
			case COS -> Math.cos(a);
			case TAN -> Math.tan(a);
			case COT -> 1.0 / Math.tan(a);
			case ASIN -> Math.asin(a);
			case ACOS -> Math.acos(a);
			case ATAN -> Math.atan(a);
			case SINH -> Math.sinh(a);
			case COSH -> Math.cosh(a);
			case TANH -> Math.tanh(a);
			case EXP -> Math.exp(a);
			case EXPM1 -> Math.expm1(a);
			case LOG -> Math.log(a);
			case LOG1P -> Math.log1p(a);
			case LOG2 -> Math.log(a) / LN2;
			case LOG10 -> Math.log10(a);
			case SQRT -> Math.sqrt(a);
			case CBRT -> Math.cbrt(a);
			case ABS -> Math.abs(a);
			case FLOOR -> Math.floor(a);
			case CEIL -> Math.ceil(a);
			case SIGNUM -> Math.signum(a);
			case CONSTANT, VARIABLE -> throw new IllegalStateException(this + " has no operands");
		};
	}

	/**
	 * The partial derivative of the result {@code v = op(a, b)} with respect to one
	 * operand. Where an operation is not differentiable the conventions are:
	 * {@code abs'(0) = 0}; {@code floor}, {@code ceil} and {@code signum} have derivative
	 * 0 everywhere (also at their jumps); for {@code a % b}, \(\partial/\partial a = 1\)
	 * and \(\partial/\partial b = -\operatorname{trunc}(a/b)\).
	 * @param operand 0 for {@code a}, 1 for {@code b}
	 * @param a the first operand
	 * @param b the second operand
	 * @param v the result
	 * @return the partial derivative
	 */
	double partial(int operand, double a, double b, double v) {
		return switch (this) {
			case ADD -> 1.0;
			case SUBTRACT -> (operand == 0) ? 1.0 : -1.0;
			case MULTIPLY -> (operand == 0) ? b : a;
			case DIVIDE -> (operand == 0) ? 1.0 / b : -v / b;
			case POWER, POW -> (operand == 0) ? powerBase(a, b) : powerExponent(a, v);
			case REMAINDER -> (operand == 0) ? 1.0 : -truncate(a / b);
			case NEGATE -> -1.0;
			case SQUARE -> 2.0 * a;
			case SIN -> Math.cos(a);
			case COS -> -Math.sin(a);
			case TAN -> 1.0 + v * v;
			case COT -> -(1.0 + v * v);
			case ASIN -> 1.0 / Math.sqrt(1.0 - a * a);
			case ACOS -> -1.0 / Math.sqrt(1.0 - a * a);
			case ATAN -> 1.0 / (1.0 + a * a);
			case SINH -> Math.cosh(a);
			case COSH -> Math.sinh(a);
			case TANH -> 1.0 - v * v;
			case EXP -> v;
			case EXPM1 -> v + 1.0;
			case LOG -> 1.0 / a;
			case LOG1P -> 1.0 / (1.0 + a);
			case LOG2 -> 1.0 / (a * LN2);
			case LOG10 -> 1.0 / (a * LN10);
			case SQRT -> 0.5 / v;
			case CBRT -> 1.0 / (3.0 * v * v);
			case ABS -> Math.signum(a);
			case FLOOR, CEIL, SIGNUM -> 0.0;
			case CONSTANT, VARIABLE -> throw new IllegalStateException(this + " has no operands");
		};
	}

	/** \(\partial a^b / \partial a = b\,a^{b-1}\), taken as 0 when {@code b} is 0. */
	static double powerBase(double a, double b) {
		return (b == 0.0) ? 0.0 : b * Math.pow(a, b - 1.0);
	}

	/**
	 * \(\partial a^b / \partial b = a^b \ln a\). At {@code a = 0} the limit from the
	 * right is 0 whenever \(a^b\) itself is 0, which is the convention used.
	 */
	static double powerExponent(double a, double v) {
		return (v == 0.0) ? 0.0 : v * Math.log(a);
	}

	static double truncate(double value) {
		return (value < 0) ? Math.ceil(value) : Math.floor(value);
	}

}
