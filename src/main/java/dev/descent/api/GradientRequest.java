package dev.descent.api;

import dev.descent.optimization.GradientMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;

/**
 * How gradients are computed.
 */
@Schema(description = "How gradients are computed.")
public record GradientRequest(
		@Schema(description = "EXACT (automatic differentiation), CENTRAL or FORWARD differences.",
				defaultValue = "EXACT", example = "EXACT") GradientMethod method,
		@Schema(description = "The difference step h of CENTRAL and FORWARD.", defaultValue = "1e-7",
				example = "1e-7") @Positive @Finite Double h,
		@Schema(description = "Also compute the exact and the central-difference gradient side by side, "
				+ "with their relative difference.", defaultValue = "false") Boolean check) {

}
