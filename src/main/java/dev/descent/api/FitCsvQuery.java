package dev.descent.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.descent.optimization.GradientMethod;
import dev.descent.optimization.Method;
import dev.descent.optimization.fitting.Loss;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The query parameters of a fit whose data come as CSV text in the body: the fields of
 * {@link FitRequest} flattened, the optimizer's, gradient's and stopping rules' fields
 * side by side.
 *
 * @param model the model
 * @param target the target column
 * @param parameters the parameters with their initial values, as {@code a:0,b:1}
 * @param loss the loss
 * @param huberDelta \(\delta\) of the Huber loss
 * @param batchSize rows per batch
 * @param epochs passes over the data
 * @param seed the seed of the shuffles
 * @param optimizer the optimizer
 * @param learningRate its learning rate
 * @param momentum its momentum
 * @param rho its decay
 * @param beta1 Adam's \(\beta_1\)
 * @param beta2 Adam's \(\beta_2\)
 * @param epsilon the adaptive methods' \(\epsilon\)
 * @param shrink the line search's backtracking factor
 * @param sufficientDecrease the line search's Armijo constant
 * @param maxBacktracks the line search's most halvings
 * @param gradient the gradient method
 * @param h its difference step
 * @param tolerance the early-stopping tolerance
 * @param patience the early-stopping patience
 * @param divergenceFactor the divergence factor
 * @param timeoutMillis the most time to take
 */
public record FitCsvQuery(
		@Schema(description = "The model: an expression in the parameters and the input columns.",
				example = "a*x + b") @NotBlank String model,
		@Schema(description = "The name of the target column.", example = "y") @NotBlank String target,
		@Schema(description = "The parameters with their initial values, as name:value pairs separated by commas.",
				example = "a:0,b:0") @NotBlank String parameters,
		@Schema(description = "MSE, MAE, HUBER or BCE.", defaultValue = "MSE", example = "MSE") Loss loss,
		@Schema(description = "The threshold delta of HUBER.", defaultValue = "1") @Positive @Finite Double huberDelta,
		@Schema(description = "Rows per batch.", defaultValue = "32", example = "4") @Positive Integer batchSize,
		@Schema(description = "Passes over the data.", defaultValue = "100",
				example = "200") @PositiveOrZero Integer epochs,
		@Schema(description = "The seed of the shuffles; drawn and returned when absent.", example = "7") Long seed,
		@Schema(description = "The optimizer.", defaultValue = "GRADIENT_DESCENT", example = "ADAM") Method optimizer,
		@Schema(description = "The learning rate; default 0.01, 0.001 for ADAM, 1 for LINE_SEARCH.",
				example = "0.1") @Positive @Finite Double learningRate,
		@Schema(description = "Momentum of MOMENTUM and NESTEROV, in [0, 1).",
				defaultValue = "0.9") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double momentum,
		@Schema(description = "Decay of RMSPROP, in [0, 1).",
				defaultValue = "0.9") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double rho,
		@Schema(description = "beta1 of ADAM, in [0, 1).",
				defaultValue = "0.9") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double beta1,
		@Schema(description = "beta2 of ADAM, in [0, 1).",
				defaultValue = "0.999") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double beta2,
		@Schema(description = "epsilon of ADAGRAD, RMSPROP and ADAM.",
				defaultValue = "1e-8") @Positive @Finite Double epsilon,
		@Schema(description = "Backtracking factor of LINE_SEARCH, in (0, 1).", defaultValue = "0.5") @DecimalMin(
				value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double shrink,
		@Schema(description = "Armijo constant of LINE_SEARCH, in (0, 1).", defaultValue = "1e-4") @DecimalMin(
				value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double sufficientDecrease,
		@Schema(description = "The most step halvings of LINE_SEARCH per batch.",
				defaultValue = "60") @Positive @Max(1100) Integer maxBacktracks,
		@Schema(description = "EXACT, CENTRAL or FORWARD.", defaultValue = "EXACT") GradientMethod gradient,
		@Schema(description = "The difference step of CENTRAL and FORWARD.",
				defaultValue = "1e-7") @Positive @Finite Double h,
		@Schema(description = "Early stopping: the least relative improvement of the epoch loss; 0 for none.",
				defaultValue = "0") @PositiveOrZero @Finite Double tolerance,
		@Schema(description = "Early stopping: epochs in a row without improvement.",
				defaultValue = "5") @Positive Integer patience,
		@Schema(description = "DIVERGED when an epoch's loss rises above L(start) + factor * max(1, |L(start)|).",
				defaultValue = "1e6") @Positive @Finite Double divergenceFactor,
		@Schema(description = "Give up after this many milliseconds; at most the configured deadline.",
				example = "5000") @PositiveOrZero Long timeoutMillis) {

	/**
	 * The same fit as a {@link FitRequest} without data.
	 */
	FitRequest toRequest() {
		OptimizerRequest optimizer = new OptimizerRequest(this.optimizer, this.learningRate, this.momentum, this.rho,
				this.beta1, this.beta2, this.epsilon, this.shrink, this.sufficientDecrease, this.maxBacktracks);
		GradientRequest gradient = new GradientRequest(this.gradient, this.h, null);
		FitStoppingRequest stopping = new FitStoppingRequest(this.tolerance, this.patience, this.divergenceFactor);
		return new FitRequest(this.model, parameterValues(), null, this.target, this.loss, this.huberDelta,
				this.batchSize, this.epochs, this.seed, optimizer, gradient, stopping, this.timeoutMillis);
	}

	private Map<String, Double> parameterValues() {
		Map<String, Double> values = new LinkedHashMap<>();
		for (String pair : this.parameters.split(",")) {
			int colon = pair.indexOf(':');
			String name = (colon < 0) ? "" : pair.substring(0, colon).strip();
			Double value = (colon < 0) ? null : number(pair.substring(colon + 1).strip());
			if (name.isEmpty() || value == null) {
				throw new InvalidRequestException("parameters", "'parameters' must list name:value pairs separated "
						+ "by commas, as a:0,b:1, each value a finite number; '" + pair.strip() + "' is not one");
			}
			if (values.put(name, value) != null) {
				throw new InvalidRequestException("parameters", "'parameters' names '" + name + "' twice");
			}
		}
		return values;
	}

	private static Double number(String text) {
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
