package dev.descent.expression;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.descent.expression.ExpressionTable.Entry;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Compiled values against exp4j's own evaluation of the same text, bit for bit. This
 * includes {@code x^2}, which we compile as {@code x*x} and exp4j computes with
 * {@code Math.pow(x, 2)}: on HotSpot the two agree because {@code Math.pow} with exponent
 * 2 returns the correctly rounded square (a guarantee HotSpot keeps in every execution
 * mode), and this test would notice a runtime where they do not.
 */
class Exp4jAgreementTests {

	static Stream<Entry> table() {
		return ExpressionTable.entries();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void valueWhenExp4jEvaluatesSameTextShouldAgreeBitForBit(Entry entry) {
		Evaluator evaluator = entry.compile().evaluator();
		Expression reference = new ExpressionBuilder(entry.text()).variables(entry.variables().toArray(String[]::new))
			.build();
		for (double[] point : entry.points(2, 50)) {
			for (int i = 0; i < point.length; i++) {
				reference.setVariable(entry.variables().get(i), point[i]);
			}
			assertThat(evaluator.value(point)).isEqualTo(reference.evaluate());
		}
	}

	@Test
	void valueWhenSquaringShouldAgreeWithMathPowBitForBit() {
		Evaluator evaluator = ExpressionTable.compiler.compile("x^2", List.of("x")).evaluator();
		Random random = new Random(3);
		for (int i = 0; i < 10_000; i++) {
			double x = Math.scalb(random.nextDouble() - 0.5, random.nextInt(200) - 100);
			assertThat(evaluator.value(new double[] { x })).isEqualTo(Math.pow(x, 2));
		}
	}

	@Test
	void valueWhenDividingByZeroShouldFollowIeee754WhereExp4jThrows() {
		Expression reference = new ExpressionBuilder("1/x").variables("x").build().setVariable("x", 0);
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(reference::evaluate);
		Evaluator evaluator = ExpressionTable.compiler.compile("1/x", List.of("x")).evaluator();
		assertThat(evaluator.value(new double[] { 0 })).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(evaluator.value(new double[] { -0.0 })).isEqualTo(Double.NEGATIVE_INFINITY);
	}

}
