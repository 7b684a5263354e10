package dev.descent.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Values and gradients at the requested points, in their order.
 *
 * @param variables the variables, in order
 * @param results one per point
 * @param warnings things the client should know
 */
@Schema(description = "Values, and gradients on request, at each point.")
public record EvaluateResponse(List<String> variables, List<Result> results, List<String> warnings) {

	/**
	 * The value at one point.
	 *
	 * @param point the point
	 * @param value the value
	 * @param gradient the gradient, when asked for
	 * @param gradientCheck the exact and central gradients side by side, when asked for
	 */
	@Schema(description = "The value, and gradient on request, at one point.")
	public record Result(Map<String, Double> point, double value, @OmittedWhenNull Map<String, Double> gradient,
			@OmittedWhenNull GradientCheckResponse gradientCheck) {
	}

}
