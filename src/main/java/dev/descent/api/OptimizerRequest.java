package dev.descent.api;

import dev.descent.optimization.Method;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * The optimizer and its hyperparameters; every field may be left out for its documented
 * default.
 */
@Schema(description = "The optimizer and its hyperparameters. Omitted fields take the method's defaults.")
public record OptimizerRequest(
		@Schema(description = "The optimizer.", defaultValue = "GRADIENT_DESCENT",
				example = "GRADIENT_DESCENT") Method method,
		@Schema(description = "Step size eta; for LINE_SEARCH the first trial step. "
				+ "Default 0.01, 0.001 for ADAM, 1 for LINE_SEARCH.",
				example = "0.01") @Positive @Finite Double learningRate,
		@Schema(description = "Momentum mu of MOMENTUM and NESTEROV, in [0, 1).",
				example = "0.9") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double momentum,
		@Schema(description = "Decay rho of RMSPROP, in [0, 1).",
				example = "0.9") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double rho,
		@Schema(description = "beta1 of ADAM, in [0, 1).", example = "0.9") @DecimalMin("0") @DecimalMax(value = "1",
				inclusive = false) Double beta1,
		@Schema(description = "beta2 of ADAM, in [0, 1).", example = "0.999") @DecimalMin("0") @DecimalMax(value = "1",
				inclusive = false) Double beta2,
		@Schema(description = "epsilon of ADAGRAD, RMSPROP and ADAM.",
				example = "1e-8") @Positive @Finite Double epsilon,
		@Schema(description = "Backtracking factor tau of LINE_SEARCH, in (0, 1).", example = "0.5") @DecimalMin(
				value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double shrink,
		@Schema(description = "Armijo constant c of LINE_SEARCH, in (0, 1).", example = "1e-4") @DecimalMin(value = "0",
				inclusive = false) @DecimalMax(value = "1", inclusive = false) Double sufficientDecrease,
		@Schema(description = "The most step halvings of LINE_SEARCH per step.",
				example = "60") @Positive @Max(1100) Integer maxBacktracks) {

}
