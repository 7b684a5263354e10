package dev.descent.benchmark;

import java.util.concurrent.TimeUnit;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.ExpressionCompiler;
import dev.descent.expression.ExpressionLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What compiling an expression costs: parsing and assembling the program, and, unless
 * generation is turned off, generating and defining its class.
 *
 * <p>
 * Run with {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.args="CompileBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CompileBenchmark {

	private static final ExpressionCompiler compiler = new ExpressionCompiler(ExpressionLimits.DEFAULTS);

	@Param({ "SQUARE", "ROSENBROCK", "ROSENBROCK_100", "MIXED_20" })
	private BenchmarkFunction function;

	@Benchmark
	public CompiledExpression compileWithBytecode() {
		return compiler.compile(this.function.text(), this.function.variables());
	}

	@Benchmark
	@Fork(jvmArgsAppend = "-Ddescent.expression.bytecode=false")
	public CompiledExpression compileWithoutBytecode() {
		return compiler.compile(this.function.text(), this.function.variables());
	}

}
