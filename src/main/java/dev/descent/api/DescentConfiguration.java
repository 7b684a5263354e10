package dev.descent.api;

import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import dev.descent.optimization.GradientDescentOptimizer;
import dev.descent.optimization.fitting.MiniBatchSgdOptimizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java core into the application. The core knows nothing of Spring.
 */
@Configuration(proxyBeanMethods = false)
class DescentConfiguration {

	@Bean
	ExpressionCompiler expressionCompiler(DescentLimits limits) {
		return new ExpressionCompiler(new ExpressionLimits(limits.expressionLength(), limits.identifierLength(),
				ExpressionLimits.DEFAULTS.maxNesting(), ExpressionLimits.DEFAULTS.maxOperatorRun(),
				limits.variables()));
	}

	@Bean
	GradientDescentOptimizer gradientDescentOptimizer() {
		return new GradientDescentOptimizer();
	}

	@Bean
	MiniBatchSgdOptimizer miniBatchSgdOptimizer() {
		return new MiniBatchSgdOptimizer();
	}

}
