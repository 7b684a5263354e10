package dev.descent.api;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/**
 * Compiled expressions by text and variables, most recently used kept. A compiled
 * expression is immutable and thread-safe, so requests that send the same expression (a
 * playground drawing a map, a client polling, replicas of a multi-start) share one: the
 * text is parsed once and its class generated once, instead of once per request, which
 * also keeps the generated classes from churning through the JVM's metaspace under load.
 * Its size and hit rate are metrics ({@code cache.*{cache="expressions"}}).
 */
@Component
class ExpressionCache {

	/**
	 * Expressions kept: few enough that even the largest allowed ones hold little memory.
	 */
	static final int SIZE = 256;

	private final ExpressionCompiler compiler;

	private final Cache<Key, CompiledExpression> cache;

	ExpressionCache(ExpressionCompiler compiler, MeterRegistry registry) {
		this.compiler = compiler;
		this.cache = Caffeine.newBuilder().maximumSize(SIZE).recordStats().build();
		CaffeineCacheMetrics.monitor(registry, this.cache, "expressions");
	}

	/**
	 * Returns the compiled expression, compiling it on the first request.
	 * @param text the expression
	 * @param variables its variables, in order
	 * @return the compiled expression
	 */
	CompiledExpression compile(String text, List<String> variables) {
		return this.cache.get(new Key(text, List.copyOf(variables)), (key) -> this.compiler.compile(text, variables));
	}

	private record Key(String text, List<String> variables) {
	}

}
