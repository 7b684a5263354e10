package dev.descent.api;

import java.util.List;
import java.util.Map;

import dev.descent.optimization.GradientCheck;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The exact and the central-difference gradient side by side.
 */
@Schema(description = "The exact gradient beside the central-difference one, and their relative difference.")
public record GradientCheckResponse(@Schema(description = "By automatic differentiation.") Map<String, Double> exact,
		@Schema(description = "By central differences with step h.") Map<String, Double> central, double h,
		@Schema(description = "|exact - central| / max(|exact|, 1)") Double relativeDifference) {

	static GradientCheckResponse of(List<String> variables, GradientCheck check) {
		return new GradientCheckResponse(JsonNumbers.named(variables, check.exact()),
				JsonNumbers.named(variables, check.central()), check.h(),
				JsonNumbers.finite(check.relativeDifference()));
	}

}
