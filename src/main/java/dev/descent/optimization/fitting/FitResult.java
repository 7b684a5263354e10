package dev.descent.optimization.fitting;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import dev.descent.optimization.Criterion;
import dev.descent.optimization.Point;
import dev.descent.optimization.Status;

/**
 * The outcome of a fit.
 *
 * @param status how the fit ended
 * @param criterion why it converged: {@link Criterion#LOSS_PLATEAU}, or
 * {@link Criterion#GRADIENT_NORM} when a line search found no decrease at a minimum;
 * otherwise {@code null}
 * @param parameters the last parameters; the last finite ones when an update overflowed
 * @param loss the loss over the whole data set there, possibly not finite
 * @param initialLoss the loss over the whole data set at the start
 * @param epochLosses the loss over the whole data set after each completed epoch
 * @param epochs the epochs completed
 * @param updates the updates made
 * @param batchSize the batch size used
 * @param seed the seed of the shuffles
 * @param best the parameters of lowest loss, among the start and the ends of epochs, if
 * they are not the last ones; otherwise {@code null}
 * @param elapsed the time taken
 */
public record FitResult(Status status, Criterion criterion, Point parameters, double loss, double initialLoss,
		List<Double> epochLosses, int epochs, long updates, int batchSize, long seed, Best best, Duration elapsed) {

	public FitResult {
		epochLosses = List.copyOf(epochLosses);
	}

	static List<Double> curve(double[] losses, int epochs) {
		return Arrays.stream(losses, 0, epochs).boxed().toList();
	}

	/**
	 * The parameters of lowest loss.
	 *
	 * @param epoch the epochs completed when they were reached, 0 for the start
	 * @param parameters the parameters
	 * @param loss their loss over the whole data set
	 */
	public record Best(int epoch, Point parameters, double loss) {
	}

}
