package dev.descent.optimization.fitting;

/**
 * How far a prediction \(\hat y\) is from its target \(y\), per row. A fit minimizes the
 * mean over the rows, \(L(\theta) = \frac{1}{n} \sum_i \ell(\hat y_i(\theta), y_i)\), and
 * needs both \(\ell\) and its derivative \(\partial \ell / \partial \hat y\), which the
 * chain rule multiplies with the model's gradient \(\nabla_\theta \hat y\).
 */
public enum Loss {

	/**
	 * Mean squared error, \(\ell = (\hat y - y)^2\), \(\partial \ell / \partial \hat y =
	 * 2(\hat y - y)\). Note the absence of a factor \(\frac{1}{2}\).
	 */
	MSE {

		@Override
		public double value(double prediction, double target, double delta) {
			double residual = prediction - target;
			return residual * residual;
		}

		@Override
		public double derivative(double prediction, double target, double delta) {
			return 2.0 * (prediction - target);
		}

	},

	/**
	 * Mean absolute error, \(\ell = |\hat y - y|\), with the derivative
	 * \(\operatorname{sign}(\hat y - y)\) taken as 0 where the residual is 0.
	 */
	MAE {

		@Override
		public double value(double prediction, double target, double delta) {
			return Math.abs(prediction - target);
		}

		@Override
		public double derivative(double prediction, double target, double delta) {
			return Math.signum(prediction - target);
		}

	},

	/**
	 * Huber's loss with threshold \(\delta > 0\): with \(r = \hat y - y\), \(\ell =
	 * \frac{1}{2} r^2\) where \(|r| \le \delta\) and \(\ell = \delta (|r| - \frac{1}{2}
	 * \delta)\) beyond; the derivative is \(r\), clipped to \([-\delta, \delta]\).
	 * Quadratic near the target, linear far from it, so outliers pull less than with
	 * {@link #MSE}.
	 */
	HUBER {

		@Override
		public double value(double prediction, double target, double delta) {
			double residual = Math.abs(prediction - target);
			return (residual <= delta) ? 0.5 * residual * residual : delta * (residual - 0.5 * delta);
		}

		@Override
		public double derivative(double prediction, double target, double delta) {
			return Math.max(-delta, Math.min(delta, prediction - target));
		}

	},

	/**
	 * Binary cross-entropy for targets in \([0, 1]\) (usually 0 or 1) and a model that
	 * predicts a probability: with \(p = \min(\max(\hat y, \varepsilon), 1 -
	 * \varepsilon)\) and \(\varepsilon = 10^{-12}\), \(\ell = -(y \ln p + (1 - y) \ln(1 -
	 * p))\) and \(\partial \ell / \partial \hat y = (p - y) / (p (1 - p))\).
	 *
	 * <p>
	 * The clamp keeps the loss finite (at most about 27.6 per row) when a prediction is
	 * exactly 0 or 1, or outside \([0, 1]\); the derivative is then taken at the clamped
	 * value rather than as the zero slope of the clamp, so that the fit is still pushed
	 * back. A model that saturates (a sigmoid of a large argument rounds to exactly 1)
	 * has a vanishing gradient there all the same: start from parameters that keep the
	 * predictions away from 0 and 1.
	 */
	BCE {

		@Override
		public double value(double prediction, double target, double delta) {
			double p = clamp(prediction);
			return -(target * Math.log(p) + (1.0 - target) * Math.log(1.0 - p));
		}

		@Override
		public double derivative(double prediction, double target, double delta) {
			double p = clamp(prediction);
			return (p - target) / (p * (1.0 - p));
		}

		@Override
		public boolean accepts(double target) {
			return target >= 0.0 && target <= 1.0;
		}

	};

	/** \(\varepsilon\), how close to 0 or 1 {@link #BCE} lets a prediction come. */
	public static final double BCE_EPSILON = 1e-12;

	/** The default threshold \(\delta\) of {@link #HUBER}. */
	public static final double DEFAULT_HUBER_DELTA = 1.0;

	/**
	 * The loss of one prediction.
	 * @param prediction \(\hat y\)
	 * @param target \(y\)
	 * @param delta \(\delta\) of {@link #HUBER}; ignored by the others
	 * @return \(\ell(\hat y, y)\)
	 */
	public abstract double value(double prediction, double target, double delta);

	/**
	 * The derivative of the loss with respect to the prediction.
	 * @param prediction \(\hat y\)
	 * @param target \(y\)
	 * @param delta \(\delta\) of {@link #HUBER}; ignored by the others
	 * @return \(\partial \ell / \partial \hat y\)
	 */
	public abstract double derivative(double prediction, double target, double delta);

	/**
	 * Whether a target value suits this loss: any finite number, or a number in \([0,
	 * 1]\) for {@link #BCE}.
	 * @param target the target
	 * @return {@code true} if the loss accepts it
	 */
	public boolean accepts(double target) {
		return true;
	}

	private static double clamp(double prediction) {
		return Math.min(Math.max(prediction, BCE_EPSILON), 1.0 - BCE_EPSILON);
	}

}
