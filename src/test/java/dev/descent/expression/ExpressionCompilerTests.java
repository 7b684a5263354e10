package dev.descent.expression;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExpressionCompilerTests {

	private final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	static Stream<Arguments> values() {
		return Stream.of(Arguments.of("-x^2", 3.0, -9.0), Arguments.of("2^3^2", 0.0, 512.0),
				Arguments.of("2x", 4.0, 8.0), Arguments.of("2 x + 1", 4.0, 9.0), Arguments.of("(x+1)(x-1)", 3.0, 8.0),
				Arguments.of("2(x+1)", 3.0, 8.0), Arguments.of("x^-1", 4.0, 0.25), Arguments.of("2^-x^2", 1.0, 0.5),
				Arguments.of("7 % 3 + x", 0.0, 1.0), Arguments.of("-7 % 3", 0.0, -1.0), Arguments.of("1/2x", 4.0, 2.0),
				Arguments.of("pi", 0.0, Math.PI), Arguments.of("2e", 0.0, 2 * Math.E),
				Arguments.of("1.5e3 + x", 1.0, 1501.0), Arguments.of("1E-3", 0.0, 0.001),
				Arguments.of(".5 + 5.", 0.0, 5.5), Arguments.of("pow(x, 3)", 2.0, 8.0), Arguments.of("--x", 2.0, 2.0),
				Arguments.of("+x", 2.0, 2.0), Arguments.of("sin(pi/2)x", 3.0, 3.0), Arguments.of("log(e)", 0.0, 1.0),
				Arguments.of("1/0", 0.0, Double.POSITIVE_INFINITY), Arguments.of("log(-1)", 0.0, Double.NaN),
				Arguments.of("0/0", 0.0, Double.NaN), Arguments.of("1/x", 0.0, Double.POSITIVE_INFINITY),
				Arguments.of("x % 0", 1.0, Double.NaN));
	}

	@ParameterizedTest(name = "{0} at x = {1} is {2}")
	@MethodSource("values")
	void compileShouldFollowDocumentedPrecedenceAndArithmetic(String text, double x, double expected) {
		CompiledExpression expression = this.compiler.compile(text, List.of("x"));
		assertThat(Double.valueOf(expression.evaluator().value(new double[] { x })))
			.isEqualTo(Double.valueOf(expected));
	}

	@Test
	void compileWhenNameExtendsDeclaredVariableShouldNameItInsteadOfMultiplying() {
		assertThatExceptionOfType(InvalidExpressionException.class)
			.isThrownBy(() -> this.compiler.compile("x2 + 1", List.of("x")))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("x2");
				assertThat(ex.getPosition()).isZero();
				assertThat(ex.getMessage()).startsWith("unknown name 'x2' at position 0");
			});
	}

	static Stream<Arguments> errors() {
		return Stream.of(Arguments.of("x +", 3, "the expression ends where an operand is expected"),
				Arguments.of("(x + 1", 0, "the '(' at position 0 is never closed"),
				Arguments.of("x + 1)", 5, "the ')' at position 5 has no matching '('"),
				Arguments.of("x * * 2", 4, "'*' at position 4 has no left operand"),
				Arguments.of("x \u2212 1", 2, "the minus sign U+2212 (use '-') at position 2"),
				Arguments.of("x\u00A0+ 1", 1, "the no-break space U+00A0"),
				Arguments.of("x + y", 4, "unknown name 'y' at position 4"),
				Arguments.of("sin x", 0, "the function 'sin' at position 0 must be followed by '('"),
				Arguments.of("pow(x)", 3, "the function 'pow' takes 2 arguments but is given 1 argument"),
				Arguments.of("sin(x, 1)", 3, "the function 'sin' takes 1 argument but is given 2 arguments"),
				Arguments.of("x, 1", 1, "',' at position 1 is outside the arguments of a function"),
				Arguments.of("1.2.3", 3, "the number at position 0 has a second '.'"),
				Arguments.of("x 2", 2, "the number at position 2 follows an operand without an operator"),
				Arguments.of("1e999", 0, "the number 1e999 at position 0 is too large for a double"),
				Arguments.of("()", 1, "an operand is missing before the ')' at position 1"),
				Arguments.of("x $ 1", 2, "the character '$' at position 2"), Arguments.of("   ", 0, "empty"),
				Arguments.of("x + ---------1", 11, "more than 8 operators in a row at position 11"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void compileWhenMalformedShouldReportPositionAndReason(String text, int position, String message) {
		assertThatExceptionOfType(InvalidExpressionException.class)
			.isThrownBy(() -> this.compiler.compile(text, List.of("x")))
			.satisfies((ex) -> {
				assertThat(ex.getPosition()).isEqualTo(position);
				assertThat(ex.getMessage()).contains(message);
			});
	}

	@Test
	void compileWhenTooLongShouldRefuseBeforeParsing() {
		String text = "x+".repeat(6000) + "x";
		assertThatExceptionOfType(InvalidExpressionException.class)
			.isThrownBy(() -> this.compiler.compile(text, List.of("x")))
			.withMessage("the expression has 12001 characters, more than the limit of 10000");
	}

	@Test
	void compileWhenLongRunOfLettersShouldRefuseAtIdentifierLimit() {
		String text = "a".repeat(9000);
		assertThatExceptionOfType(InvalidExpressionException.class)
			.isThrownBy(() -> this.compiler.compile(text, List.of("x")))
			.withMessage("the name at position 0 is longer than 64 characters");
	}

	@Test
	void compileWhenLongestAllowedExpressionShouldCompile() {
		String text = "x+".repeat(4999) + "x";
		CompiledExpression expression = this.compiler.compile(text, List.of("x"));
		assertThat(expression.evaluator().value(new double[] { 1.0 })).isEqualTo(5000.0);
	}

	@Test
	void compileWhenVariableNameIsReservedShouldRefuseIt() {
		assertThatExceptionOfType(InvalidVariableException.class)
			.isThrownBy(() -> this.compiler.compile("e + 1", List.of("e")))
			.withMessage("the variable name 'e' is reserved for a constant or function");
		assertThatExceptionOfType(InvalidVariableException.class)
			.isThrownBy(() -> this.compiler.compile("1", List.of("1x")))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("1x"));
	}

	@Test
	void compileShouldFoldConstantsAndKeepOnlyWhatTheResultUses() {
		CompiledExpression expression = this.compiler.compile("x^2 + (2 + 3) * 4", List.of("x", "y"));
		assertThat(expression.size()).isEqualTo(4);
		assertThat(expression.evaluator().value(new double[] { 3.0, 7.0 })).isEqualTo(29.0);
	}

	@Test
	void valueAndGradientShouldDifferentiateExactly() {
		CompiledExpression expression = this.compiler.compile("x^2 + y^2 + x*y", List.of("x", "y"));
		double[] gradient = new double[2];
		double value = expression.evaluator().valueAndGradient(new double[] { 3.0, 4.0 }, gradient);
		assertThat(value).isEqualTo(37.0);
		assertThat(gradient).containsExactly(10.0, 11.0);
	}

	@Test
	void nonSmoothOperationsShouldListKinksAndJumps() {
		CompiledExpression expression = this.compiler.compile("abs(x) + floor(x) + x % 2 + sin(x)", List.of("x"));
		assertThat(expression.nonSmoothOperations()).containsExactly("%", "abs", "floor");
	}

}
