package dev.descent.api;

import dev.descent.expression.CompiledExpression;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientCheck;
import dev.descent.optimization.GradientDescentOptimizer;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Minimization;
import dev.descent.optimization.OptimizationResult;
import dev.descent.optimization.Point;
import dev.descent.optimization.ProgressListener;
import dev.descent.optimization.StoppingCriteria;
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
 * {@code POST /api/v1/minimize}: gradient descent from one start point.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Minimize", description = "Gradient descent and its family of optimizers")
class MinimizeController {

	private final MinimizationAssembler assembler;

	private final GradientDescentOptimizer optimizer;

	private final RunMetrics metrics;

	MinimizeController(MinimizationAssembler assembler, GradientDescentOptimizer optimizer, RunMetrics metrics) {
		this.assembler = assembler;
		this.optimizer = optimizer;
		this.metrics = metrics;
	}

	@PostMapping(path = "/minimize", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Minimize a function from a start point",
			description = "Runs the chosen optimizer from 'start' until a stopping rule holds, and reports "
					+ "where it ended, why, and at what cost.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
			@ExampleObject(name = "reference", summary = "The reference case: x^2 + 1 from -3",
					value = "{\"expression\": \"x^2 + 1\", \"start\": {\"x\": -3.0}, "
							+ "\"optimizer\": {\"method\": \"GRADIENT_DESCENT\", \"learningRate\": 0.01}, "
							+ "\"steps\": 500, \"gradient\": {\"method\": \"CENTRAL\", \"h\": 1e-7}, "
							+ "\"stopping\": {\"gradientTolerance\": 0, \"stopOnDivergence\": false}}"),
			@ExampleObject(name = "rosenbrock", summary = "Rosenbrock's valley with a line search",
					value = "{\"expression\": \"100*(y - x^2)^2 + (1 - x)^2\", \"start\": {\"x\": -1.2, \"y\": 1}, "
							+ "\"optimizer\": {\"method\": \"LINE_SEARCH\"}, \"steps\": 50000}"),
			@ExampleObject(name = "adam", summary = "Adam on a bowl, with a trajectory",
					value = "{\"expression\": \"(x - 1)^2 + 2*(y + 0.5)^2\", \"start\": {\"x\": 3, \"y\": 2}, "
							+ "\"optimizer\": {\"method\": \"ADAM\", \"learningRate\": 0.1}, \"steps\": 2000, "
							+ "\"trajectoryEvery\": 100}") }))
	MinimizeResponse minimize(@Valid @RequestBody MinimizeRequest request) {
		Minimization problem = problem(request);
		OptimizationResult result = this.optimizer.minimize(problem, this.assembler.deadline(request.timeoutMillis()),
				ProgressListener.NONE);
		return respond(request, problem, result);
	}

	Minimization problem(MinimizeRequest request) {
		CompiledExpression expression = this.assembler.compile(request.expression(), request.start());
		double[] start = MinimizationAssembler.coordinates(expression, request.start(), "start");
		StoppingCriteria stopping = this.assembler.stopping(request.steps(), request.stopping());
		this.assembler.checkTrajectory(request.trajectoryEvery(), stopping.maxSteps());
		int every = (request.trajectoryEvery() != null) ? request.trajectoryEvery() : 0;
		return new Minimization(expression, Point.of(start), this.assembler.optimizer(request.optimizer()),
				this.assembler.gradient(request.gradient()), stopping, null, every);
	}

	Deadline deadline(Long timeoutMillis) {
		return this.assembler.deadline(timeoutMillis);
	}

	MinimizeResponse respond(MinimizeRequest request, Minimization problem, OptimizationResult result) {
		CompiledExpression expression = problem.expression();
		this.metrics.record("minimize", result.status(), expression.dimension(), result.evaluations(),
				result.elapsed());
		boolean check = request.gradient() != null && Boolean.TRUE.equals(request.gradient().check());
		GradientCheckResponse gradientCheck = check ? GradientCheckResponse.of(expression.variables(),
				GradientCheck.at(expression, result.point().toArray(), problem.gradient().h())) : null;
		GradientSettings gradient = problem.gradient();
		return MinimizeResponse.of(expression.variables(), result, Warnings.gradient(expression, gradient.method()),
				gradientCheck, problem.trajectoryEvery() > 0);
	}

}
