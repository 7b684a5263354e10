package dev.descent.optimization.fitting;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.descent.optimization.Criterion;
import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientMethod;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.Method;
import dev.descent.optimization.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Fits with known answers, every batch-size edge, reproducibility and every status.
 */
class MiniBatchSgdOptimizerTests {

	private static final FitData LINE = Fits.sampled((x) -> 2 * x + 1, 300, -1.0, 1.0, 0.05, 42);

	static Stream<Arguments> linearFits() {
		return Stream.of(Arguments.of(Method.GRADIENT_DESCENT, 0.2, 300, 2000),
				Arguments.of(Method.GRADIENT_DESCENT, 0.01, 32, 300), Arguments.of(Method.MOMENTUM, 0.01, 300, 2000),
				Arguments.of(Method.ADAM, 0.0005, 32, 2000), Arguments.of(Method.RMSPROP, 0.0002, 32, 2000),
				Arguments.of(Method.LINE_SEARCH, 1.0, 300, 200));
	}

	@ParameterizedTest(name = "{0}, lr {1}, batch {2}")
	@MethodSource("linearFits")
	void fitWhenNoisyLineShouldReachLeastSquaresSolution(Method method, double learningRate, int batchSize,
			int epochs) {
		double[] expected = leastSquaresLine(LINE);
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0)
			.optimizer(method, learningRate)
			.batches(batchSize, epochs)
			.run();
		assertThat(result.status()).isIn(Status.MAX_STEPS, Status.CONVERGED);
		assertThat(result.parameters().get(0)).isCloseTo(expected[0], within(1e-3));
		assertThat(result.parameters().get(1)).isCloseTo(expected[1], within(1e-3));
	}

	/** The closed form \(a = S_{xy} / S_{xx}\), \(b = \bar y - a \bar x\). */
	private static double[] leastSquaresLine(FitData data) {
		int n = data.rows();
		double meanX = 0.0;
		double meanY = 0.0;
		for (int i = 0; i < n; i++) {
			meanX += data.input(0, i) / n;
			meanY += data.target(i) / n;
		}
		double sxy = 0.0;
		double sxx = 0.0;
		for (int i = 0; i < n; i++) {
			double dx = data.input(0, i) - meanX;
			sxy += dx * (data.target(i) - meanY);
			sxx += dx * dx;
		}
		double slope = sxy / sxx;
		return new double[] { slope, meanY - slope * meanX };
	}

	@Test
	void fitWhenExponentialDecayShouldRecoverItsParameters() {
		FitData decay = Fits.sampled((x) -> 3 * Math.exp(-1.5 * x) + 0.5, 200, 0.0, 4.0, 0.0, 1);
		FitResult result = Fits.of("a*exp(-b*x) + c", List.of("a", "b", "c"), decay, 1.0, 1.0, 0.0)
			.optimizer(Method.ADAM, 0.01)
			.batches(16, 1500)
			.run();
		assertThat(result.parameters().toArray()).containsExactly(new double[] { 3.0, 1.5, 0.5 }, within(1e-3));
		assertThat(result.loss()).isLessThan(1e-8);
	}

	@Test
	void fitWhenSoftLogisticTargetsShouldRecoverWeightAndBiasByCrossEntropy() {
		FitData probabilities = Fits.sampled((x) -> 1 / (1 + Math.exp(-(2 * x - 1))), 200, -3.0, 3.0, 0.0, 1);
		FitResult result = Fits.of("1/(1 + exp(-(w*x + b)))", List.of("w", "b"), probabilities, 0.0, 0.0)
			.loss(Loss.BCE)
			.optimizer(Method.ADAM, 0.01)
			.batches(20, 1000)
			.run();
		assertThat(result.parameters().toArray()).containsExactly(new double[] { 2.0, -1.0 }, within(1e-3));
	}

	@Test
	void fitWhenZeroOneLabelsShouldFindTheLogisticThatDrewThem() {
		Random random = new Random(3);
		FitData labels = Fits.sampled((x) -> (random.nextDouble() < 1 / (1 + Math.exp(-(2 * x - 1)))) ? 1 : 0, 5000,
				-3.0, 3.0, 0.0, 1);
		FitResult result = Fits.of("1/(1 + exp(-(w*x + b)))", List.of("w", "b"), labels, 0.0, 0.0)
			.loss(Loss.BCE)
			.optimizer(Method.ADAM, 0.01)
			.batches(64, 60)
			.run();
		assertThat(result.parameters().get(0)).isCloseTo(2.0, within(0.15));
		assertThat(result.parameters().get(1)).isCloseTo(-1.0, within(0.15));
	}

	/**
	 * A constant model \(c\) fitted to targets has a known minimizer for each loss: the
	 * mean for MSE and BCE, the median for MAE, and for Huber with \(\delta = 1\) on {0,
	 * 1, 2, 3, 100} the point where the clipped residuals sum to zero, 2.
	 */
	static Stream<Arguments> constantFits() {
		return Stream.of(
				Arguments.of(Loss.MSE, new double[] { 0, 1, 2, 3, 100 }, 21.2, Method.GRADIENT_DESCENT, 0.1, 1e-9),
				Arguments.of(Loss.MAE, new double[] { 0, 1, 2, 3, 100 }, 2.0, Method.GRADIENT_DESCENT, 0.001, 1e-3),
				Arguments.of(Loss.HUBER, new double[] { 0, 1, 2, 3, 100 }, 2.0, Method.GRADIENT_DESCENT, 0.1, 1e-6),
				Arguments.of(Loss.BCE, new double[] { 0, 0, 1, 1, 1 }, 0.6, Method.GRADIENT_DESCENT, 0.01, 1e-6));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("constantFits")
	void fitWhenConstantModelShouldReachTheMinimizerOfEachLoss(Loss loss, double[] targets, double minimizer,
			Method method, double learningRate, double tolerance) {
		FitResult result = Fits.of("c", List.of("c"), Fits.targets(targets), 0.5)
			.loss(loss)
			.optimizer(method, learningRate)
			.batches(targets.length, 20_000)
			.run();
		assertThat(result.parameters().get(0)).isCloseTo(minimizer, within(tolerance));
	}

	@Test
	void fitWhenBatchSizeIsOneShouldUpdateOncePerRow() {
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).batches(1, 3).run();
		assertThat(result.updates()).isEqualTo(900);
		assertThat(result.batchSize()).isEqualTo(1);
		assertThat(result.epochLosses()).hasSize(3);
	}

	@Test
	void fitWhenBatchSizeIsRowCountShouldUpdateOncePerEpoch() {
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).batches(300, 7).run();
		assertThat(result.updates()).isEqualTo(7);
	}

	@Test
	void fitWhenBatchSizeExceedsRowCountShouldRunFullBatchesBitForBit() {
		Fits fit = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0);
		FitResult full = fit.batches(300, 50).run();
		FitResult larger = fit.batches(301, 50).run();
		assertThat(larger.batchSize()).isEqualTo(300);
		assertThat(larger.parameters()).isEqualTo(full.parameters());
		assertThat(larger.epochLosses()).isEqualTo(full.epochLosses());
	}

	/**
	 * Ten equal targets in batches of 4, 4 and 2: each batch's mean gradient is \(2(c -
	 * 1)\) whatever its size, so one epoch of plain descent gives \(1 - (1 - 2\eta)^3\)
	 * from 0, and a last batch averaged over the wrong count would not.
	 */
	@Test
	void fitWhenLastBatchIsSmallerShouldAverageOverItsOwnRows() {
		double[] ones = new double[10];
		Arrays.fill(ones, 1.0);
		FitResult result = Fits.of("c", List.of("c"), Fits.targets(ones), 0.0)
			.optimizer(Method.GRADIENT_DESCENT, 0.1)
			.batches(4, 1)
			.run();
		assertThat(result.updates()).isEqualTo(3);
		assertThat(result.parameters().get(0)).isCloseTo(1 - Math.pow(0.8, 3), within(1e-15));
	}

	@Test
	void fitWhenSameSeedShouldReproduceBitForBit() {
		Fits fit = Fits
			.of("a*exp(-b*x) + c", List.of("a", "b", "c"),
					Fits.sampled((x) -> 3 * Math.exp(-1.5 * x) + 0.5, 100, 0.0, 4.0, 0.01, 5), 1.0, 1.0, 0.0)
			.optimizer(Method.ADAM, 0.05)
			.batches(7, 20)
			.seed(123456789L);
		FitResult first = fit.run();
		FitResult second = fit.run();
		assertThat(second.parameters()).isEqualTo(first.parameters());
		assertThat(second.epochLosses()).isEqualTo(first.epochLosses());
		assertThat(second.seed()).isEqualTo(123456789L);
	}

	@Test
	void fitWhenSeedDiffersShouldVisitRowsInAnotherOrder() {
		Fits fit = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).batches(8, 2);
		assertThat(fit.seed(1).run().parameters()).isNotEqualTo(fit.seed(2).run().parameters());
	}

	@ParameterizedTest
	@EnumSource(value = GradientMethod.class, names = { "CENTRAL", "FORWARD" })
	void fitWhenGradientByDifferencesShouldReachTheExactFit(GradientMethod method) {
		Fits fit = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).batches(32, 100);
		FitResult exact = fit.run();
		FitResult differenced = fit.gradient(new GradientSettings(method, 1e-6)).run();
		assertThat(differenced.parameters().toArray()).containsExactly(exact.parameters().toArray(), within(1e-6));
	}

	@Test
	void fitWhenLossStopsImprovingShouldConvergeOnPlateau() {
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0)
			.optimizer(Method.GRADIENT_DESCENT, 0.2)
			.batches(300, 10_000)
			.stopping(new FitStopping(1e-12, 3, 1e6))
			.run();
		assertThat(result.status()).isEqualTo(Status.CONVERGED);
		assertThat(result.criterion()).isEqualTo(Criterion.LOSS_PLATEAU);
		assertThat(result.epochs()).isLessThan(10_000);
		assertThat(result.epochLosses()).hasSize(result.epochs());
	}

	@Test
	void fitWhenAllEpochsRunShouldReportMaxStepsAndALossPerEpoch() {
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).batches(32, 5).run();
		assertThat(result.status()).isEqualTo(Status.MAX_STEPS);
		assertThat(result.criterion()).isNull();
		assertThat(result.epochs()).isEqualTo(5);
		assertThat(result.updates()).isEqualTo(50);
		assertThat(result.epochLosses()).hasSize(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(result.loss()).isEqualTo(result.epochLosses().get(4));
		assertThat(result.initialLoss()).isGreaterThan(result.epochLosses().get(0));
	}

	@Test
	void fitWhenNoEpochsShouldReportTheInitialLoss() {
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).batches(32, 0).run();
		assertThat(result.status()).isEqualTo(Status.MAX_STEPS);
		assertThat(result.updates()).isZero();
		assertThat(result.loss()).isEqualTo(result.initialLoss());
	}

	@Test
	void fitWhenLearningRateTooLargeShouldReportDivergedWithBestParameters() {
		FitResult result = Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0)
			.optimizer(Method.GRADIENT_DESCENT, 5.0)
			.batches(300, 1000)
			.run();
		assertThat(result.status()).isEqualTo(Status.DIVERGED);
		assertThat(result.epochs()).isLessThan(1000);
		assertThat(result.best().parameters().toArray()).containsExactly(0.0, 0.0);
	}

	@Test
	void fitWhenModelLeavesItsDomainShouldReportNonFinite() {
		FitResult result = Fits.of("sqrt(a)", List.of("a"), Fits.targets(-1, -1, -1), 1.0)
			.optimizer(Method.GRADIENT_DESCENT, 10.0)
			.batches(3, 100)
			.run();
		assertThat(result.status()).isEqualTo(Status.NON_FINITE);
	}

	@Test
	void fitWhenDeadlineHasPassedShouldStopBeforeTheFirstUpdate() {
		FitResult result = new MiniBatchSgdOptimizer()
			.fit(Fits.of("a*x + b", List.of("a", "b"), LINE, 0.0, 0.0).problem(), () -> true);
		assertThat(result.status()).isEqualTo(Status.DEADLINE);
		assertThat(result.updates()).isZero();
		assertThat(result.loss()).isEqualTo(result.initialLoss());
	}

	@Test
	void fitWhenLineSearchStartsAtTheMinimumShouldConvergeByGradientNorm() {
		FitResult result = Fits.of("c", List.of("c"), Fits.targets(1, 2, 3), 2.0)
			.optimizer(Method.LINE_SEARCH, 1.0)
			.batches(3, 10)
			.run();
		assertThat(result.status()).isEqualTo(Status.CONVERGED);
		assertThat(result.criterion()).isEqualTo(Criterion.GRADIENT_NORM);
		assertThat(result.updates()).isZero();
	}

}
