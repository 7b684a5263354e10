package dev.descent.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a fit stops before its last epoch.
 *
 * @param tolerance the least relative improvement of the epoch loss that counts
 * @param patience epochs in a row without improvement before the fit stops
 * @param divergenceFactor growth of the epoch loss that counts as divergence
 */
@Schema(description = "When a fit stops before its last epoch. A tolerance of 0 runs every epoch.")
public record FitStoppingRequest(
		@Schema(description = "An epoch improves when its loss over the whole data set falls below the lowest "
				+ "before it by more than this times max(1, |lowest|); 0 switches early stopping off.",
				defaultValue = "0", example = "1e-9") @PositiveOrZero @Finite Double tolerance,
		@Schema(description = "Stop, CONVERGED by LOSS_PLATEAU, after this many epochs in a row without improvement.",
				defaultValue = "5", example = "5") @Positive Integer patience,
		@Schema(description = "DIVERGED, and stop, when an epoch's loss rises above "
				+ "L(start) + factor * max(1, |L(start)|).", defaultValue = "1e6",
				example = "1e6") @Positive @Finite Double divergenceFactor) {

}
