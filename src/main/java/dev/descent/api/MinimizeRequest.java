package dev.descent.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A local minimization from one start point.
 */
@Schema(description = "Gradient descent from one start point.")
public record MinimizeRequest(
		@Schema(description = "The function to minimize, in the variables named by 'start'.",
				example = "100*(y - x^2)^2 + (1 - x)^2") @NotBlank String expression,
		@Schema(description = "The start point: one value per variable. Its keys declare the variables, " + "in order.",
				example = "{\"x\": -1.2, \"y\": 1}") @NotEmpty Map<String, @NotNull @Finite Double> start,
		@Schema(description = "The optimizer and its hyperparameters.") @Valid OptimizerRequest optimizer,
		@Schema(description = "The most updates.", defaultValue = "1000",
				example = "5000") @PositiveOrZero Integer steps,
		@Schema(description = "How gradients are computed.") @Valid GradientRequest gradient,
		@Schema(description = "When to stop.") @Valid StoppingRequest stopping,
		@Schema(description = "Return every k-th iterate (and the first and last); 0 or absent for none.",
				defaultValue = "0", example = "0") @PositiveOrZero Integer trajectoryEvery,
		@Schema(description = "Give up after this many milliseconds and return the best point so far; "
				+ "at most the configured deadline.", example = "5000") @PositiveOrZero Long timeoutMillis) {

}
