package dev.descent.api;

import java.util.Map;

import dev.descent.optimization.fitting.Loss;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A model to fit to data by mini-batch stochastic gradient descent. Every field but the
 * model, the parameters, the data and the target may be left out for its documented
 * default.
 *
 * @param model the model, in the parameters and the input columns
 * @param parameters the parameters with their initial values
 * @param data the columns, inputs and target; {@code null} when the data come as CSV
 * @param target the target column
 * @param loss the loss per row
 * @param huberDelta \(\delta\) of the Huber loss
 * @param batchSize rows per batch
 * @param epochs passes over the data
 * @param seed the seed of the shuffles
 * @param optimizer the optimizer and its hyperparameters
 * @param gradient how gradients are computed
 * @param stopping when to stop early
 * @param timeoutMillis the most time to take
 */
@Schema(description = "A model fitted to data by mini-batch stochastic gradient descent.")
public record FitRequest(
		@Schema(description = "The model: an expression in the parameters and the input columns.",
				example = "a*x + b") @NotBlank String model,
		@Schema(description = "The parameters with their initial values. The keys declare the parameters, in order.",
				example = "{\"a\": 0, \"b\": 0}") @NotEmpty Map<String, @NotNull @Finite Double> parameters,
		@Schema(description = "The data, column by column: each column a JSON array of numbers, all of the same "
				+ "length, row r being element r - 1. Every column but the target is an input of the model.",
				example = "{\"x\": [0, 1, 2, 3], \"y\": [1.02, 2.97, 5.01, 7.0]}") @NotNull @JsonDeserialize(
						using = DataColumnsDeserializer.class) Map<String, double[]> data,
		@Schema(description = "The name of the target column.", example = "y") @NotBlank String target,
		@Schema(description = "The loss per row: MSE (r^2), MAE (|r|), HUBER (r^2/2 within huberDelta, linear "
				+ "beyond), or BCE (binary cross-entropy, for targets in [0, 1] and a model that predicts a "
				+ "probability).", defaultValue = "MSE", example = "MSE") Loss loss,
		@Schema(description = "The threshold delta of HUBER.", defaultValue = "1",
				example = "1") @Positive @Finite Double huberDelta,
		@Schema(description = "Rows per batch: 1 is classic SGD; the number of rows, or more, is full-batch "
				+ "gradient descent.", defaultValue = "32", example = "32") @Positive Integer batchSize,
		@Schema(description = "Passes over the data.", defaultValue = "100",
				example = "100") @PositiveOrZero Integer epochs,
		@Schema(description = "The seed of the shuffles. When absent a fresh one, below 2^53, is drawn; "
				+ "the response returns it, and the same request with that seed gives the same fit bit for bit.",
				example = "7") Long seed,
		@Schema(description = "The optimizer and its hyperparameters, "
				+ "as for /minimize.") @Valid OptimizerRequest optimizer,
		@Schema(description = "How gradients are computed: EXACT differentiates the model; CENTRAL and FORWARD "
				+ "difference the batch loss along each parameter. "
				+ "'check' is not offered.") @Valid GradientRequest gradient,
		@Schema(description = "When to stop before the last epoch.") @Valid FitStoppingRequest stopping,
		@Schema(description = "Give up after this many milliseconds and return the parameters reached; "
				+ "at most the configured deadline.", example = "5000") @PositiveOrZero Long timeoutMillis) {

}
