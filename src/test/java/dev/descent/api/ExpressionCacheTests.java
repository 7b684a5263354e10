package dev.descent.api;

import java.util.List;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import dev.descent.expression.InvalidExpressionException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExpressionCacheTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ExpressionCache cache = new ExpressionCache(new ExpressionCompiler(ExpressionLimits.DEFAULTS),
			this.registry);

	@Test
	void compileWhenSameTextAndVariablesShouldShareOneCompiledExpression() {
		CompiledExpression first = this.cache.compile("x^2 + y", List.of("x", "y"));
		assertThat(this.cache.compile("x^2 + y", List.of("x", "y"))).isSameAs(first);
		assertThat(this.cache.compile("x^2 + y", List.of("y", "x"))).isNotSameAs(first);
		assertThat(this.cache.compile("x^2 + y", List.of("y", "x")).variables()).containsExactly("y", "x");
		assertThat(this.registry.get("cache.gets")
			.tag("cache", "expressions")
			.tag("result", "hit")
			.functionCounter()
			.count()).isEqualTo(2.0);
	}

	@Test
	void compileWhenExpressionIsInvalidShouldThrowEveryTimeAndKeepNothing() {
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatExceptionOfType(InvalidExpressionException.class)
				.isThrownBy(() -> this.cache.compile("x +", List.of("x")))
				.withMessage("the expression ends where an operand is expected");
		}
	}

}
