package dev.descent.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

import dev.descent.expression.Evaluator;
import dev.descent.optimization.GradientDescentOptimizer;
import dev.descent.optimization.Minimization;
import dev.descent.optimization.OptimizationResult;
import dev.descent.optimization.ProgressListener;
import dev.descent.plot.FunctionPlot;
import dev.descent.plot.Range;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/minimize/plot}: runs a {@code /minimize} request and answers an SVG
 * picture of the function with the path of the run on it, to embed in a README or a
 * notebook.
 *
 * <p>
 * The axes cover the path, widened by a quarter of its extent on each side, unless the
 * query gives {@code xMin} and {@code xMax} (the first variable) or {@code yMin} and
 * {@code yMax} (the second variable, or for one variable the value). The function is
 * evaluated on a fixed grid whatever the request, and at most 1000 iterates are drawn.
 */
@RestController
@RequestMapping(path = "/api/v1")
@Tag(name = "Minimize")
class MinimizePlotController {

	static final String SVG = "image/svg+xml";

	/**
	 * About how many iterates the plot records when the request asks for no trajectory.
	 */
	static final int PATH_POINTS = 400;

	/** The margin around the path on each side, as a fraction of its extent. */
	static final double MARGIN = 0.25;

	private final MinimizeController minimize;

	private final GradientDescentOptimizer optimizer;

	MinimizePlotController(MinimizeController minimize, GradientDescentOptimizer optimizer) {
		this.minimize = minimize;
		this.optimizer = optimizer;
	}

	@PostMapping(path = "/minimize/plot", consumes = "application/json", produces = SVG)
	@Operation(summary = "Plot a minimization as SVG",
			description = "Runs the /minimize request and draws the function of its one or two variables with "
					+ "the path of the run: a curve for one variable, a heat map with contour lines for two. "
					+ "The axes cover the path with a margin unless xMin/xMax and yMin/yMax are given.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
			examples = {
					@ExampleObject(name = "himmelblau",
							summary = "Himmelblau's function: descent into one of four minima",
							value = "{\"expression\": \"(x^2 + y - 11)^2 + (x + y^2 - 7)^2\", "
									+ "\"start\": {\"x\": -0.5, \"y\": 0.5}, \"optimizer\": {\"learningRate\": 0.01}, "
									+ "\"steps\": 200}"),
					@ExampleObject(name = "overshoot", summary = "One variable: a learning rate that overshoots",
							value = "{\"expression\": \"x^2 + 1\", \"start\": {\"x\": -3}, "
									+ "\"optimizer\": {\"learningRate\": 0.9}, \"steps\": 20}") }))
	String plot(@Valid @RequestBody MinimizeRequest request,
			@Parameter(description = "Left end of the horizontal axis (the first variable)") @RequestParam(
					required = false) Double xMin,
			@Parameter(description = "Right end of the horizontal axis") @RequestParam(required = false) Double xMax,
			@Parameter(description = "Bottom of the vertical axis (the second variable, or the value)") @RequestParam(
					required = false) Double yMin,
			@Parameter(description = "Top of the vertical axis") @RequestParam(required = false) Double yMax) {
		Range horizontal = requested("xMin", xMin, "xMax", xMax);
		Range vertical = requested("yMin", yMin, "yMax", yMax);
		Minimization problem = this.minimize.problem(traced(request));
		List<String> variables = problem.expression().variables();
		if (variables.size() > 2) {
			throw new InvalidRequestException("start", "a plot shows a function of one or two variables, and 'start' "
					+ "names " + variables.size() + "; use /minimize for more");
		}
		OptimizationResult result = this.optimizer.minimize(problem, this.minimize.deadline(request.timeoutMillis()),
				ProgressListener.NONE);
		List<double[]> path = result.trajectory().stream().map((iterate) -> iterate.point().toArray()).toList();
		if (horizontal == null) {
			horizontal = Range.covering(path.stream().mapToDouble((point) -> point[0]).toArray(), MARGIN);
		}
		if (vertical == null && variables.size() == 2) {
			vertical = Range.covering(path.stream().mapToDouble((point) -> point[1]).toArray(), MARGIN);
		}
		Evaluator evaluator = problem.expression().evaluator();
		return new FunctionPlot(problem.expression().text(), variables, evaluator::value, path, horizontal, vertical,
				caption(problem, result))
			.toSvg();
	}

	/**
	 * The request, asking for a trajectory of about {@link #PATH_POINTS} iterates if it
	 * asks for none.
	 */
	private static MinimizeRequest traced(MinimizeRequest request) {
		if (request.trajectoryEvery() != null && request.trajectoryEvery() > 0) {
			return request;
		}
		int steps = (request.steps() != null) ? request.steps() : MinimizationAssembler.DEFAULT_STEPS;
		int every = Math.max(1, (steps + PATH_POINTS - 1) / PATH_POINTS);
		return new MinimizeRequest(request.expression(), request.start(), request.optimizer(), request.steps(),
				request.gradient(), request.stopping(), every, request.timeoutMillis());
	}

	private static Range requested(String minName, Double min, String maxName, Double max) {
		if (min == null && max == null) {
			return null;
		}
		if (min == null || max == null) {
			String missing = (min == null) ? minName : maxName;
			throw new InvalidRequestException(missing,
					"'" + minName + "' and '" + maxName + "' go together; give '" + missing + "' too, or neither");
		}
		if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
			throw new InvalidRequestException(maxName,
					"'" + minName + "' must be less than '" + maxName + "', and both finite");
		}
		return new Range(min, max);
	}

	private static String caption(Minimization problem, OptimizationResult result) {
		return String.format(Locale.ROOT, "%s, learning rate %s: %s after %d steps, f = %s",
				problem.optimizer().method(), shortNumber(problem.optimizer().learningRate()), result.status(),
				result.steps(), shortNumber(result.value()));
	}

	/**
	 * Four significant digits, in scientific notation only for very large or small
	 * magnitudes.
	 */
	private static String shortNumber(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
		boolean moderate = value == 0 || (Math.abs(value) >= 1e-4 && Math.abs(value) < 1e6);
		return moderate ? rounded.toPlainString() : rounded.toString().replace("E+", "e").replace("E", "e");
	}

}
