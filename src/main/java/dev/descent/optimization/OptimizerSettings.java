package dev.descent.optimization;

/**
 * An optimizer and its hyperparameters. Parameters a method does not use are ignored.
 *
 * @param method the optimizer
 * @param learningRate \(\eta\): the step size, or the first trial step of the line search
 * @param momentum \(\mu\) of {@link Method#MOMENTUM} and {@link Method#NESTEROV}, in [0,
 * 1)
 * @param rho \(\rho\), the decay of {@link Method#RMSPROP}, in [0, 1)
 * @param beta1 \(\beta_1\) of {@link Method#ADAM}, in [0, 1)
 * @param beta2 \(\beta_2\) of {@link Method#ADAM}, in [0, 1)
 * @param epsilon \(\epsilon\) of the adaptive methods, positive
 * @param shrink \(\tau\), the backtracking factor of the line search, in (0, 1)
 * @param sufficientDecrease \(c\), the Armijo constant of the line search, in (0, 1)
 * @param maxBacktracks the most halvings the line search tries before it gives up
 */
public record OptimizerSettings(Method method, double learningRate, double momentum, double rho, double beta1,
		double beta2, double epsilon, double shrink, double sufficientDecrease, int maxBacktracks) {

	public OptimizerSettings {
		if (method == null) {
			throw new IllegalArgumentException("'method' must not be null");
		}
		requirePositive(learningRate, "learningRate");
		requireFraction(momentum, "momentum");
		requireFraction(rho, "rho");
		requireFraction(beta1, "beta1");
		requireFraction(beta2, "beta2");
		requirePositive(epsilon, "epsilon");
		requireOpenFraction(shrink, "shrink");
		requireOpenFraction(sufficientDecrease, "sufficientDecrease");
		if (maxBacktracks < 1) {
			throw new IllegalArgumentException("'maxBacktracks' must be positive");
		}
	}

	/**
	 * The documented defaults of a method: learning rate 0.01 for plain descent,
	 * momentum, Nesterov, AdaGrad and RMSProp, 0.001 for Adam and 1 for the line search;
	 * momentum 0.9, \(\rho = 0.9\), \(\beta_1 = 0.9\), \(\beta_2 = 0.999\), \(\epsilon =
	 * 10^{-8}\), \(\tau = 0.5\), \(c = 10^{-4}\), 60 backtracks.
	 * @param method the method
	 * @return its default settings
	 */
	public static OptimizerSettings defaults(Method method) {
		double learningRate = switch (method) {
			case ADAM -> 0.001;
			case LINE_SEARCH -> 1.0;
			default -> 0.01;
		};
		return new OptimizerSettings(method, learningRate, 0.9, 0.9, 0.9, 0.999, 1e-8, 0.5, 1e-4, 60);
	}

	/**
	 * A copy with another learning rate.
	 * @param learningRate the learning rate
	 * @return the new settings
	 */
	public OptimizerSettings withLearningRate(double learningRate) {
		return new OptimizerSettings(this.method, learningRate, this.momentum, this.rho, this.beta1, this.beta2,
				this.epsilon, this.shrink, this.sufficientDecrease, this.maxBacktracks);
	}

	private static void requirePositive(double value, String name) {
		if (!(value > 0.0 && value <= Double.MAX_VALUE)) {
			throw new IllegalArgumentException("'" + name + "' must be positive and finite");
		}
	}

	private static void requireFraction(double value, String name) {
		if (!(value >= 0.0 && value < 1.0)) {
			throw new IllegalArgumentException("'" + name + "' must be at least 0 and less than 1");
		}
	}

	private static void requireOpenFraction(double value, String name) {
		if (!(value > 0.0 && value < 1.0)) {
			throw new IllegalArgumentException("'" + name + "' must be greater than 0 and less than 1");
		}
	}

}
