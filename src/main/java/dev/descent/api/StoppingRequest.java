package dev.descent.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a run stops; 0 switches a tolerance off.
 */
@Schema(description = "When a run stops. A tolerance of 0 switches its criterion off.")
public record StoppingRequest(
		@Schema(description = "Converged when the gradient norm is at most this.", defaultValue = "1e-8",
				example = "1e-8") @PositiveOrZero @Finite Double gradientTolerance,
		@Schema(description = "Stops when a step is at most this times max(1, |x|).", defaultValue = "0",
				example = "0") @PositiveOrZero @Finite Double stepTolerance,
		@Schema(description = "Stops when the value changes by at most this times max(1, |f|).", defaultValue = "0",
				example = "0") @PositiveOrZero @Finite Double valueTolerance,
		@Schema(description = "Stop as soon as the run is seen to diverge.", defaultValue = "true",
				example = "true") Boolean stopOnDivergence,
		@Schema(description = "Diverged when f rises above f(start) + factor * max(1, |f(start)|).",
				defaultValue = "1e6", example = "1e6") @Positive @Finite Double divergenceFactor) {

}
