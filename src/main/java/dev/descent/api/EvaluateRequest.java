package dev.descent.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Values, and on request gradients, of an expression at points.
 */
@Schema(description = "Evaluate an expression at one or more points.")
public record EvaluateRequest(
		@Schema(description = "The expression, in the variables named by the points.",
				example = "x^2 + sin(y)") @NotBlank String expression,
		@Schema(description = "The points; all name the same variables, in the same order.",
				example = EXAMPLE) @NotEmpty List<@NotEmpty Map<String, @NotNull @Finite Double>> points,
		@Schema(description = "Compute gradients too, by this "
				+ "method; absent for none.") @Valid GradientRequest gradient) {

	static final String EXAMPLE = "[{\"x\": 1, \"y\": 0}, {\"x\": 2, \"y\": 3.14159}]";

}
