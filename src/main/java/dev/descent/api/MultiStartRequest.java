package dev.descent.api;

import java.util.List;
import java.util.Map;

import dev.descent.optimization.multistart.Sampling;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A multi-start minimization, or one slice of it.
 */
@Schema(description = "Many descents from starts spread over a box, run in parallel.")
public record MultiStartRequest(
		@Schema(description = "The function to minimize, in the variables named by 'bounds'.",
				example = "(x^2+y-11)^2 + (x+y^2-7)^2") @NotBlank String expression,
		@Schema(description = "The interval of every variable. Its keys declare the variables, in order; "
				+ "sampled starts are drawn from this box and, with 'project', descents stay in it.",
				example = "{\"x\": {\"lower\": -5, \"upper\": 5}, \"y\": {\"lower\": -5, \"upper\": 5}}",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotEmpty Map<String, IntervalRequest> bounds,
		@Schema(description = "The number of starts of this request: given 'startPoints' first, then sampled "
				+ "ones. With 'firstStart', the size of a slice of a larger run.", defaultValue = "100",
				example = "40") @Positive Integer starts,
		@Schema(description = "The index of the first start, to run a slice of a larger run; starts are "
				+ "numbered from 0, given 'startPoints' first.", defaultValue = "0",
				example = "0") @PositiveOrZero Integer firstStart,
		@Schema(description = "The number of starts of the whole run that this request is a slice of, at least "
				+ "firstStart + starts. LATIN_HYPERCUBE cuts each axis into this many strata (less the given "
				+ "start points), so every slice of one run must give the same value; other schemes ignore it.",
				defaultValue = "firstStart + starts", example = "40") @Positive Integer totalStarts,
		@Schema(description = "The seed every random choice derives from: the same request with the same seed "
				+ "gives the same result. Generated, and returned, when absent.", example = "42") Long seed,
		@Schema(description = "How sampled starts are spread: UNIFORM, LATIN_HYPERCUBE or SOBOL (a digitally "
				+ "shifted Sobol sequence).", defaultValue = "SOBOL", example = "SOBOL") Sampling sampling,
		@Schema(description = "Start points to run first, in their order, before sampled ones; each inside "
				+ "the bounds, with one value per variable.",
				example = "[{\"x\": 0, \"y\": 0}]") List<@NotNull Map<String, @NotNull @Finite Double>> startPoints,
		@Schema(description = "Keep every iterate inside the bounds (projected descent).", defaultValue = "true",
				example = "true") Boolean project,
		@Schema(description = "Converged starts whose end points lie within this Euclidean distance of each "
				+ "other count as one minimum.", defaultValue = "1e-4 times the box diagonal",
				example = "0.001") @PositiveOrZero @Finite Double minimaTolerance,
		@Schema(description = "Also return a summary of every start.", defaultValue = "false",
				example = "false") Boolean includeStarts,
		@Schema(description = "The optimizer of every start and its hyperparameters; the method defaults to "
				+ "LINE_SEARCH, which needs no learning rate.") @Valid OptimizerRequest optimizer,
		@Schema(description = "The most updates of each start.", defaultValue = "10000",
				example = "10000") @PositiveOrZero Integer steps,
		@Schema(description = "How gradients are computed.") @Valid GradientRequest gradient,
		@Schema(description = "When each start stops. Defaults as for /minimize, except valueTolerance 1e-14, "
				+ "which stops starts whose progress is lost in round-off.") @Valid StoppingRequest stopping,
		@Schema(description = "Give up after this many milliseconds: starts not begun by then count as "
				+ "DEADLINE, running ones return their best point so far; at most the configured deadline.",
				example = "5000") @PositiveOrZero Long timeoutMillis) {

}
