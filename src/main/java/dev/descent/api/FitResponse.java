package dev.descent.api;

import java.util.List;
import java.util.Map;

import dev.descent.optimization.Criterion;
import dev.descent.optimization.Status;
import dev.descent.optimization.fitting.FitResult;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome of a fit. Numbers that are not finite are written as {@code null}; the
 * status says why.
 *
 * @param status how the fit ended
 * @param criterion why it converged
 * @param parameters the fitted parameters
 * @param loss the loss over the whole data set at them
 * @param initialLoss the loss at the initial parameters
 * @param epochLosses the loss after each epoch
 * @param epochs epochs completed
 * @param updates updates made
 * @param rows rows of the data set
 * @param batchSize the batch size used
 * @param seed the seed of the shuffles
 * @param best the parameters of lowest loss, when they are not the last
 * @param elapsedMillis the time taken
 * @param warnings things the client should know
 */
@Schema(description = "The outcome of a fit.")
public record FitResponse(
		@Schema(description = "CONVERGED, MAX_STEPS (every epoch done), DIVERGED, NON_FINITE, STALLED or "
				+ "DEADLINE.") Status status,
		@Schema(description = "For CONVERGED: LOSS_PLATEAU, or GRADIENT_NORM when a line search found no decrease "
				+ "at a minimum.") @OmittedWhenNull Criterion criterion,
		@Schema(description = "The fitted parameters.") Map<String, Double> parameters,
		@Schema(description = "The mean loss over the whole data set at the fitted parameters; null if not "
				+ "finite.") Double loss,
		@Schema(description = "The mean loss over the whole data set at the initial parameters.") Double initialLoss,
		@Schema(description = "The mean loss over the whole data set after each completed epoch, in order: "
				+ "the loss curve.") List<Double> epochLosses,
		@Schema(description = "Epochs completed.") int epochs, @Schema(description = "Updates made.") long updates,
		@Schema(description = "Rows of the data set.") int rows,
		@Schema(description = "Rows per batch, after a size above the row count is taken as the row "
				+ "count.") int batchSize,
		@Schema(description = "The seed of the shuffles; send it back to repeat the fit bit for bit.") long seed,
		@Schema(description = "The parameters of lowest loss, among the start and the ends of epochs, when they are "
				+ "not the last ones.") @OmittedWhenNull BestParameters best,
		@Schema(description = "Wall-clock time of the fit.") double elapsedMillis,
		@Schema(description = "Things the client should know, such as "
				+ "non-differentiable operations.") List<String> warnings) {

	static FitResponse of(List<String> parameters, int rows, FitResult result, List<String> warnings) {
		BestParameters best = (result.best() != null) ? new BestParameters(result.best().epoch(),
				JsonNumbers.named(parameters, result.best().parameters()), JsonNumbers.finite(result.best().loss()))
				: null;
		List<Double> curve = result.epochLosses().stream().map(JsonNumbers::finite).toList();
		return new FitResponse(result.status(), result.criterion(), JsonNumbers.named(parameters, result.parameters()),
				JsonNumbers.finite(result.loss()), JsonNumbers.finite(result.initialLoss()), curve, result.epochs(),
				result.updates(), rows, result.batchSize(), result.seed(), best, result.elapsed().toNanos() / 1e6,
				warnings);
	}

	/**
	 * The parameters of lowest loss.
	 *
	 * @param epoch epochs completed when they were reached, 0 for the start
	 * @param parameters the parameters
	 * @param loss their loss over the whole data set
	 */
	@Schema(description = "The parameters of lowest loss.")
	public record BestParameters(
			@Schema(description = "Epochs completed when they were reached; 0 for the start.") int epoch,
			@Schema(description = "The parameters.") Map<String, Double> parameters,
			@Schema(description = "Their loss over the whole data set.") Double loss) {

	}

}
