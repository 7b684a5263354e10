package dev.descent.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.InvalidExpressionException;
import dev.descent.expression.InvalidVariableException;
import dev.descent.optimization.Bounds;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Point;
import dev.descent.optimization.ProgressListener;
import dev.descent.optimization.StoppingCriteria;
import dev.descent.optimization.multistart.MultiStartProblem;
import dev.descent.optimization.multistart.MultiStartResult;
import dev.descent.optimization.multistart.Sampling;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code POST /api/v1/minimize/multistart}: many descents from starts spread over a box.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Minimize", description = "Gradient descent and its family of optimizers")
class MultiStartController {

	private final MinimizationAssembler assembler;

	private final StartPool pool;

	private final ProgressStreams streams;

	private final RunMetrics metrics;

	MultiStartController(MinimizationAssembler assembler, StartPool pool, ProgressStreams streams, RunMetrics metrics) {
		this.streams = streams;
		this.metrics = metrics;
		this.assembler = assembler;
		this.pool = pool;
	}

	@PostMapping(path = "/minimize/multistart", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Minimize from many starts spread over a box",
			description = "Runs one descent from each start (given 'startPoints' first, then points sampled in "
					+ "'bounds'), in parallel, and reports the best start, the distinct minima the converged "
					+ "starts reached and how the starts ended. The same request with the same seed gives the "
					+ "same result. 'firstStart' and 'starts' select a slice of a larger run.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = { @ExampleObject(
			name = "himmelblau", summary = "Himmelblau's function: four global minima",
			value = "{\"expression\": \"(x^2+y-11)^2 + (x+y^2-7)^2\", "
					+ "\"bounds\": {\"x\": {\"lower\": -5, \"upper\": 5}, \"y\": {\"lower\": -5, \"upper\": 5}}, "
					+ "\"starts\": 40, \"seed\": 42}"),
			@ExampleObject(name = "camel", summary = "Six-hump camel with a Latin hypercube",
					value = "{\"expression\": \"(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2\", "
							+ "\"bounds\": {\"x\": {\"lower\": -3, \"upper\": 3}, "
							+ "\"y\": {\"lower\": -2, \"upper\": 2}}, "
							+ "\"starts\": 60, \"sampling\": \"LATIN_HYPERCUBE\", \"seed\": 7}"),
			@ExampleObject(name = "slice", summary = "Starts 100 to 199 of a 400-start run on Rastrigin's function",
					value = "{\"expression\": \"20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)\", "
							+ "\"bounds\": {\"x\": {\"lower\": -5.12, \"upper\": 5.12}, "
							+ "\"y\": {\"lower\": -5.12, \"upper\": 5.12}}, "
							+ "\"firstStart\": 100, \"starts\": 100, \"totalStarts\": 400, \"seed\": 1}"),
			@ExampleObject(name = "boundary", summary = "A minimum on the boundary, a given start, every start",
					value = "{\"expression\": \"(x - 3)^2 + (y + 1)^2\", "
							+ "\"bounds\": {\"x\": {\"lower\": -1, \"upper\": 2}, "
							+ "\"y\": {\"lower\": -3, \"upper\": 5}}, "
							+ "\"starts\": 5, \"startPoints\": [{\"x\": 0, \"y\": 0}], \"seed\": 3, "
							+ "\"includeStarts\": true}") }))
	MultiStartResponse minimize(@Valid @RequestBody MultiStartRequest request) {
		MultiStartProblem problem = problem(request);
		return respond(request, problem, this.pool.optimizer()
			.minimize(problem, this.assembler.deadline(request.timeoutMillis()), ProgressListener.NONE));
	}

	@PostMapping(path = "/minimize/multistart", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Multi-start descent, streaming progress",
			description = "Asked for text/event-stream, runs as the JSON call does and streams 'progress' events: "
					+ "'step' is the number of starts finished, 'point' and 'value' the best so far (at most about "
					+ "30 a second and 600 in all), then one 'result' event whose data is the JSON call's body. "
					+ "A client that disconnects cancels the starts not yet finished.")
	SseEmitter stream(@Valid @RequestBody MultiStartRequest request) {
		MultiStartProblem problem = problem(request);
		Deadline deadline = this.assembler.deadline(request.timeoutMillis());
		return this.streams.stream(problem.expression().variables(),
				(listener) -> respond(request, problem, this.pool.optimizer().minimize(problem, deadline, listener)));
	}

	private MultiStartResponse respond(MultiStartRequest request, MultiStartProblem problem, MultiStartResult result) {
		this.metrics.recordStarts(result.counts(), problem.expression().dimension(), result.evaluations(),
				result.elapsed());
		List<String> warnings = new ArrayList<>(Warnings.gradient(problem.expression(), problem.gradient().method()));
		if (problem.sampling() == Sampling.LATIN_HYPERCUBE && problem.firstStart() > 0
				&& request.totalStarts() == null) {
			warnings.add("a LATIN_HYPERCUBE slice without 'totalStarts' assumes the run ends with it: give every "
					+ "slice of a run the same 'totalStarts' so that their strata agree");
		}
		if (result.counts().deadline() > 0) {
			warnings.add("the deadline stopped " + result.counts().deadline() + " of " + result.starts()
					+ " starts: raise 'timeoutMillis' (up to the configured deadline) or ask for fewer starts");
		}
		return MultiStartResponse.of(problem.expression().variables(), result, problem.totalStarts(),
				problem.sampling(), warnings, Boolean.TRUE.equals(request.includeStarts()));
	}

	MultiStartProblem problem(MultiStartRequest request) {
		DescentLimits limits = this.assembler.limits();
		int starts = (request.starts() != null) ? request.starts() : MultiStartProblem.DEFAULT_STARTS;
		if (starts > limits.starts()) {
			throw new LimitExceededException("starts", "descent.limits.starts", starts, limits.starts());
		}
		List<Map<String, Double>> given = (request.startPoints() != null) ? request.startPoints() : List.of();
		if (given.size() > limits.starts()) {
			throw new LimitExceededException("startPoints", "descent.limits.starts", given.size(), limits.starts());
		}
		StoppingCriteria stopping = this.assembler.stopping(request.steps(), request.stopping(),
				MultiStartProblem.defaultStopping(MultiStartProblem.DEFAULT_STEPS));
		long work = (long) starts * stopping.maxSteps();
		if (work > limits.startSteps()) {
			throw new LimitExceededException("starts", "descent.limits.start-steps", limits.startSteps(),
					"'starts' times 'steps' is " + starts + " x " + stopping.maxSteps() + " = " + work
							+ ", more than the limit of " + limits.startSteps()
							+ " (descent.limits.start-steps): ask for fewer starts or fewer steps");
		}
		int firstStart = (request.firstStart() != null) ? request.firstStart() : 0;
		long end = (long) firstStart + starts;
		if (end > Integer.MAX_VALUE) {
			throw new InvalidRequestException("firstStart",
					"'firstStart' + 'starts' must be at most " + Integer.MAX_VALUE);
		}
		int totalStarts = (request.totalStarts() != null) ? request.totalStarts() : (int) end;
		if (totalStarts < end) {
			throw new InvalidRequestException("totalStarts",
					"'totalStarts' is " + totalStarts + ", less than 'firstStart' + 'starts' = " + end);
		}
		CompiledExpression expression = compile(request.expression(), new ArrayList<>(request.bounds().keySet()));
		Bounds box = box(expression, request.bounds());
		List<Point> startPoints = startPoints(expression, box, given);
		GradientSettings gradient = this.assembler.gradient(request.gradient());
		double tolerance = (request.minimaTolerance() != null) ? request.minimaTolerance()
				: MultiStartProblem.defaultMinimaTolerance(box);
		long seed = (request.seed() != null) ? request.seed() : ThreadLocalRandom.current().nextLong();
		Sampling sampling = (request.sampling() != null) ? request.sampling() : MultiStartProblem.DEFAULT_SAMPLING;
		return new MultiStartProblem(expression, box, !Boolean.FALSE.equals(request.project()), sampling, seed,
				startPoints, firstStart, starts, totalStarts,
				this.assembler.optimizer(request.optimizer(), MultiStartProblem.DEFAULT_METHOD), gradient, stopping,
				tolerance);
	}

	/**
	 * Compiles the expression in the variables of the bounds. A name the expression uses
	 * but the bounds lack is reported against the bounds, since that is where it is
	 * missing.
	 */
	private CompiledExpression compile(String expression, List<String> variables) {
		try {
			return this.assembler.compile(expression, variables);
		}
		catch (InvalidVariableException ex) {
			throw new InvalidRequestException("bounds." + ex.getName(), ex.getMessage());
		}
		catch (InvalidExpressionException ex) {
			String name = ex.getName();
			if (name != null && !variables.contains(name) && isVariable(expression, variables, name)) {
				throw new InvalidRequestException("bounds." + name, "'bounds' has no interval for '" + name
						+ "', which the expression uses at position " + ex.getPosition());
			}
			throw ex;
		}
	}

	/**
	 * Whether the expression accepts a name as a variable: it compiles with it, or fails
	 * further on.
	 */
	private boolean isVariable(String expression, List<String> variables, String name) {
		List<String> more = new ArrayList<>(variables);
		more.add(name);
		try {
			this.assembler.compile(expression, more);
			return true;
		}
		catch (InvalidExpressionException ex) {
			return !name.equals(ex.getName());
		}
		catch (InvalidVariableException ex) {
			return false;
		}
	}

	private static Bounds box(CompiledExpression expression, Map<String, IntervalRequest> bounds) {
		int n = expression.dimension();
		double[] lower = new double[n];
		double[] upper = new double[n];
		for (int d = 0; d < n; d++) {
			String name = expression.variables().get(d);
			String field = "bounds." + name;
			IntervalRequest interval = bounds.get(name);
			if (interval == null || interval.lower() == null || interval.upper() == null) {
				throw new InvalidRequestException(field, "'" + field + "' needs both 'lower' and 'upper'");
			}
			if (!Double.isFinite(interval.lower()) || !Double.isFinite(interval.upper())) {
				throw new InvalidRequestException(field, "'" + field + "' must have finite 'lower' and 'upper'");
			}
			if (interval.lower() > interval.upper()) {
				throw new InvalidRequestException(field,
						"'" + field + "' has 'lower' " + interval.lower() + " above 'upper' " + interval.upper());
			}
			lower[d] = interval.lower();
			upper[d] = interval.upper();
		}
		return Bounds.of(lower, upper);
	}

	private static List<Point> startPoints(CompiledExpression expression, Bounds box, List<Map<String, Double>> raw) {
		List<Point> points = new ArrayList<>(raw.size());
		for (int i = 0; i < raw.size(); i++) {
			String field = "startPoints[" + i + "]";
			double[] point = MinimizationAssembler.coordinates(expression, raw.get(i), field);
			for (int d = 0; d < point.length; d++) {
				if (point[d] < box.lower(d) || point[d] > box.upper(d)) {
					String name = expression.variables().get(d);
					throw new InvalidRequestException(field + "." + name, "'" + field + "." + name + "' is " + point[d]
							+ ", outside 'bounds." + name + "' [" + box.lower(d) + ", " + box.upper(d) + "]");
				}
			}
			points.add(Point.of(point));
		}
		return points;
	}

}
