package dev.descent.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.descent.expression.ExpressionTable.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One compiled expression shared by many threads, each evaluating through an evaluator of
 * its own.
 */
class EvaluatorConcurrencyTests {

	private static final int THREADS = 8;

	private static final int POINTS_PER_THREAD = 500;

	@Test
	void valueAndGradientWhenManyThreadsShareExpressionShouldMatchSingleThread() throws Exception {
		Entry entry = new Entry("sin(x*y) + exp(-z^2)*log(1 + w^2) + 100*(y - x^2)^2 + abs(z - w)",
				List.of("x", "y", "z", "w"), -2, 2);
		CompiledExpression expression = entry.compile();
		List<double[]> points = entry.points(4, THREADS * POINTS_PER_THREAD);
		double[][] expected = evaluate(expression, points, 0, points.size());
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		try {
			List<Callable<double[][]>> tasks = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int from = t * POINTS_PER_THREAD;
				tasks.add(() -> evaluate(expression, points, from, from + POINTS_PER_THREAD));
			}
			List<Future<double[][]>> results = executor.invokeAll(tasks);
			for (int t = 0; t < THREADS; t++) {
				double[][] actual = results.get(t).get();
				for (int i = 0; i < POINTS_PER_THREAD; i++) {
					assertThat(actual[i]).containsExactly(expected[t * POINTS_PER_THREAD + i]);
				}
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * Evaluates a range of points with a fresh evaluator, several times over so that
	 * threads interleave, and returns for each point its value, its value from the
	 * gradient sweep and its gradient.
	 */
	private static double[][] evaluate(CompiledExpression expression, List<double[]> points, int from, int to) {
		Evaluator evaluator = expression.evaluator();
		double[][] results = new double[to - from][];
		for (int round = 0; round < 3; round++) {
			for (int i = from; i < to; i++) {
				double[] point = points.get(i);
				double[] result = new double[2 + point.length];
				double[] gradient = new double[point.length];
				result[0] = evaluator.value(point);
				result[1] = evaluator.valueAndGradient(point, gradient);
				System.arraycopy(gradient, 0, result, 2, gradient.length);
				results[i - from] = result;
			}
		}
		return results;
	}

}
