package dev.descent.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The interval of one variable. Checked by the endpoint that uses it, so that a problem
 * names the variable.
 */
@Schema(description = "The interval [lower, upper] of one variable.")
public record IntervalRequest(
		@Schema(description = "The lower bound, finite.", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "-5") Double lower,
		@Schema(description = "The upper bound, finite and at least the lower bound.",
				requiredMode = Schema.RequiredMode.REQUIRED, example = "5") Double upper) {

}
