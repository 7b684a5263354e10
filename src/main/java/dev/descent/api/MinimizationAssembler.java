package dev.descent.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.descent.expression.CompiledExpression;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientMethod;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.StoppingCriteria;

import org.springframework.stereotype.Component;

/**
 * Turns the request parts that every optimizing endpoint shares (expression, optimizer,
 * gradient, stopping rules) into the core's settings, with the documented defaults and
 * the configured limits.
 */
@Component
class MinimizationAssembler {

	/** Steps of a run when the request names none. */
	static final int DEFAULT_STEPS = 1000;

	/** Gradient tolerance when the request names none. */
	static final double DEFAULT_GRADIENT_TOLERANCE = 1e-8;

	private final ExpressionCache expressions;

	private final DescentLimits limits;

	MinimizationAssembler(ExpressionCache expressions, DescentLimits limits) {
		this.expressions = expressions;
		this.limits = limits;
	}

	DescentLimits limits() {
		return this.limits;
	}

	/**
	 * Compiles an expression in the variables named by the keys of a map, in their order.
	 */
	CompiledExpression compile(String expression, Map<String, ?> variables) {
		return this.expressions.compile(expression, new ArrayList<>(variables.keySet()));
	}

	CompiledExpression compile(String expression, List<String> variables) {
		return this.expressions.compile(expression, variables);
	}

	/**
	 * Reads the coordinates of a point in the order of the expression's variables.
	 * @param field the request field the point came from, for error messages
	 */
	static double[] coordinates(CompiledExpression expression, Map<String, Double> point, String field) {
		double[] coordinates = new double[expression.dimension()];
		for (int i = 0; i < coordinates.length; i++) {
			String name = expression.variables().get(i);
			Double value = point.get(name);
			if (value == null) {
				throw new InvalidRequestException(field + "." + name,
						"'" + field + "' has no value for '" + name + "'");
			}
			if (!Double.isFinite(value)) {
				throw new InvalidRequestException(field + "." + name, "'" + field + "." + name + "' must be finite");
			}
			coordinates[i] = value;
		}
		if (point.size() != coordinates.length) {
			String extra = point.keySet()
				.stream()
				.filter((name) -> !expression.variables().contains(name))
				.findFirst()
				.orElse("?");
			throw new InvalidRequestException(field + "." + extra,
					"'" + field + "' names '" + extra + "', which is not a variable of the expression");
		}
		return coordinates;
	}

	OptimizerSettings optimizer(OptimizerRequest request) {
		return optimizer(request, Method.GRADIENT_DESCENT);
	}

	/**
	 * The optimizer of a request, with another default method.
	 * @param fallback the method when the request names none
	 */
	OptimizerSettings optimizer(OptimizerRequest request, Method fallback) {
		if (request == null) {
			return OptimizerSettings.defaults(fallback);
		}
		Method method = (request.method() != null) ? request.method() : fallback;
		OptimizerSettings defaults = OptimizerSettings.defaults(method);
		return new OptimizerSettings(method, or(request.learningRate(), defaults.learningRate()),
				or(request.momentum(), defaults.momentum()), or(request.rho(), defaults.rho()),
				or(request.beta1(), defaults.beta1()), or(request.beta2(), defaults.beta2()),
				or(request.epsilon(), defaults.epsilon()), or(request.shrink(), defaults.shrink()),
				or(request.sufficientDecrease(), defaults.sufficientDecrease()),
				(request.maxBacktracks() != null) ? request.maxBacktracks() : defaults.maxBacktracks());
	}

	GradientSettings gradient(GradientRequest request) {
		if (request == null) {
			return GradientSettings.EXACT;
		}
		GradientMethod method = (request.method() != null) ? request.method() : GradientMethod.EXACT;
		return new GradientSettings(method, or(request.h(), GradientSettings.DEFAULT_STEP));
	}

	StoppingCriteria stopping(Integer steps, StoppingRequest request) {
		return stopping(steps, request, new StoppingCriteria(DEFAULT_STEPS, DEFAULT_GRADIENT_TOLERANCE, 0.0, 0.0, true,
				StoppingCriteria.DEFAULT_DIVERGENCE_FACTOR));
	}

	/**
	 * The stopping rules of a request, with other defaults.
	 * @param defaults the budget and rules when the request names none
	 */
	StoppingCriteria stopping(Integer steps, StoppingRequest request, StoppingCriteria defaults) {
		int maxSteps = (steps != null) ? steps : defaults.maxSteps();
		if (maxSteps > this.limits.steps()) {
			throw new LimitExceededException("steps", "descent.limits.steps", maxSteps, this.limits.steps());
		}
		if (request == null) {
			return new StoppingCriteria(maxSteps, defaults.gradientTolerance(), defaults.stepTolerance(),
					defaults.valueTolerance(), defaults.stopOnDivergence(), defaults.divergenceFactor());
		}
		return new StoppingCriteria(maxSteps, or(request.gradientTolerance(), defaults.gradientTolerance()),
				or(request.stepTolerance(), defaults.stepTolerance()),
				or(request.valueTolerance(), defaults.valueTolerance()),
				(request.stopOnDivergence() != null) ? request.stopOnDivergence() : defaults.stopOnDivergence(),
				or(request.divergenceFactor(), defaults.divergenceFactor()));
	}

	/**
	 * The deadline of a request: its timeout, but no later than the configured deadline.
	 */
	Deadline deadline(Long timeoutMillis) {
		Duration limit = this.limits.deadline();
		Duration timeout = (timeoutMillis != null && timeoutMillis < limit.toMillis())
				? Duration.ofMillis(timeoutMillis) : limit;
		return Deadline.in(timeout);
	}

	/**
	 * Checks that a trajectory recorded every {@code every} steps fits the limit.
	 */
	void checkTrajectory(Integer every, int steps) {
		if (every == null || every == 0) {
			return;
		}
		long points = steps / every + 2L;
		if (points > this.limits.trajectoryPoints()) {
			long smallest = (steps + this.limits.trajectoryPoints() - 3L) / (this.limits.trajectoryPoints() - 2L);
			throw new InvalidRequestException("trajectoryEvery",
					"'trajectoryEvery' " + every + " would return " + points
							+ " trajectory points, more than the limit of " + this.limits.trajectoryPoints()
							+ " (descent.limits.trajectory-points); use at least " + smallest);
		}
	}

	private static double or(Double value, double fallback) {
		return (value != null) ? value : fallback;
	}

}
