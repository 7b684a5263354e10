package dev.descent.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.descent.expression.CompiledExpression;
import dev.descent.optimization.GradientCheck;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Objective;
import dev.descent.optimization.Point;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/evaluate}: values and gradients of an expression at points.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluate", description = "Values and gradients of an expression")
class EvaluateController {

	private final MinimizationAssembler assembler;

	EvaluateController(MinimizationAssembler assembler) {
		this.assembler = assembler;
	}

	@PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Evaluate an expression at points",
			description = "Returns the value at each point and, when 'gradient' is given, the gradient by that "
					+ "method. A value or gradient that is not finite is a 422 problem naming the point.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
			@ExampleObject(name = "values", summary = "Values at two points",
					value = "{\"expression\": \"x^2 + 1\", \"points\": [{\"x\": -3}, {\"x\": 0.5}]}"),
			@ExampleObject(name = "gradient", summary = "Exact gradient with a check against differences",
					value = "{\"expression\": \"100*(y - x^2)^2 + (1 - x)^2\", \"points\": [{\"x\": -1.2, \"y\": 1}], "
							+ "\"gradient\": {\"method\": \"EXACT\", \"check\": true}}") }))
	EvaluateResponse evaluate(@Valid @RequestBody EvaluateRequest request) {
		if (request.points().size() > this.assembler.limits().points()) {
			throw new LimitExceededException("points", "descent.limits.points", request.points().size(),
					this.assembler.limits().points());
		}
		CompiledExpression expression = this.assembler.compile(request.expression(), request.points().get(0));
		GradientSettings gradient = (request.gradient() != null) ? this.assembler.gradient(request.gradient()) : null;
		boolean check = request.gradient() != null && Boolean.TRUE.equals(request.gradient().check());
		checkWork(expression, request.points().size(), gradient, check);
		Objective objective = new Objective(expression, (gradient != null) ? gradient : GradientSettings.EXACT);
		double[] derivative = new double[expression.dimension()];
		List<EvaluateResponse.Result> results = new ArrayList<>(request.points().size());
		for (int i = 0; i < request.points().size(); i++) {
			String field = "points[" + i + "]";
			double[] point = MinimizationAssembler.coordinates(expression, request.points().get(i), field);
			double value = (gradient != null) ? objective.valueAndGradient(point, derivative) : objective.value(point);
			requireFinite(field, value, "value");
			Map<String, Double> named = JsonNumbers.named(expression.variables(), Point.of(point));
			Map<String, Double> gradientMap = null;
			if (gradient != null) {
				for (double component : derivative) {
					requireFinite(field, component, "gradient");
				}
				gradientMap = JsonNumbers.named(expression.variables(), Point.of(derivative));
			}
			GradientCheckResponse gradientCheck = check ? GradientCheckResponse.of(expression.variables(),
					GradientCheck.at(expression, point, gradient.h())) : null;
			results.add(new EvaluateResponse.Result(named, value, gradientMap, gradientCheck));
		}
		List<String> warnings = (gradient != null) ? Warnings.gradient(expression, gradient.method()) : List.of();
		return new EvaluateResponse(expression.variables(), results, warnings);
	}

	/**
	 * Refuses up front a request whose evaluations would take too long: points times
	 * evaluations per point times the size of the compiled program.
	 */
	private void checkWork(CompiledExpression expression, int points, GradientSettings gradient, boolean check) {
		long perPoint = 1;
		if (gradient != null) {
			perPoint += switch (gradient.method()) {
				case EXACT -> 2;
				case CENTRAL -> 2L * expression.dimension();
				case FORWARD -> expression.dimension();
			};
		}
		if (check) {
			perPoint += 3 + 2L * expression.dimension();
		}
		long work = points * perPoint * expression.size();
		long limit = this.assembler.limits().evaluationWork();
		if (work > limit) {
			throw new LimitExceededException("points", "descent.limits.evaluation-work", work, limit);
		}
	}

	private static void requireFinite(String field, double value, String what) {
		if (!Double.isFinite(value)) {
			String kind = Double.isNaN(value) ? "not a number (outside the domain of a function, or 0/0)"
					: ((value > 0) ? "+infinity" : "-infinity") + " (a pole, or an overflow)";
			throw new NonFiniteValueException(field, "the " + what + " at " + field + " is " + kind);
		}
	}

}
