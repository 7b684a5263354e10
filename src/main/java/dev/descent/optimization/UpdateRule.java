package dev.descent.optimization;

import java.util.function.ToDoubleFunction;

/**
 * One optimizer's update, \(x_{k+1} = U(x_k, f(x_k), \nabla f(x_k))\), with whatever
 * state the method carries from step to step (velocities, accumulated squares). A rule is
 * created for one run and used by one thread. Public so that other loops, such as
 * mini-batch fitting, reuse the same optimizers.
 */
public interface UpdateRule {

	/**
	 * Computes the next iterate.
	 * @param x the current iterate
	 * @param value \(f(x)\)
	 * @param gradient \(\nabla f(x)\)
	 * @param next receives the next iterate, projected into the bounds if there are any
	 * @return {@code false} when the rule cannot find a next iterate (a line search that
	 * finds no decrease)
	 */
	boolean next(double[] x, double value, double[] gradient, double[] next);

	/**
	 * Creates the rule of a method for one run.
	 * @param settings the method and its hyperparameters
	 * @param objective the function, for rules that evaluate it
	 * @param bounds the box to stay in, or {@code null}
	 * @return a fresh rule
	 */
	static UpdateRule create(OptimizerSettings settings, Objective objective, Bounds bounds) {
		return create(settings, objective.dimension(), objective::value, bounds);
	}

	/**
	 * Creates the rule of a method for one run on any function of \(n\) variables.
	 * @param settings the method and its hyperparameters
	 * @param n the number of variables
	 * @param function the function, for rules that evaluate it (the line search)
	 * @param bounds the box to stay in, or {@code null}
	 * @return a fresh rule
	 */
	static UpdateRule create(OptimizerSettings settings, int n, ToDoubleFunction<double[]> function, Bounds bounds) {
		double eta = settings.learningRate();
		UpdateRule rule = switch (settings.method()) {
			case GRADIENT_DESCENT -> (x, value, g, next) -> {
				for (int i = 0; i < n; i++) {
					next[i] = x[i] - eta * g[i];
				}
				return true;
			};
			case MOMENTUM, NESTEROV -> new Momentum(settings, n);
			case ADAGRAD, RMSPROP -> new Adaptive(settings, n);
			case ADAM -> new Adam(settings, n);
			case LINE_SEARCH -> new LineSearch(settings, function, bounds);
		};
		if (bounds == null || settings.method() == Method.LINE_SEARCH) {
			return rule;
		}
		return (x, value, g, next) -> {
			boolean moved = rule.next(x, value, g, next);
			bounds.project(next);
			return moved;
		};
	}

	/** Heavy-ball and Nesterov momentum, which differ only in the last line. */
	final class Momentum implements UpdateRule {

		private final double eta;

		private final double mu;

		private final boolean nesterov;

		private final double[] velocity;

		Momentum(OptimizerSettings settings, int n) {
			this.eta = settings.learningRate();
			this.mu = settings.momentum();
			this.nesterov = settings.method() == Method.NESTEROV;
			this.velocity = new double[n];
		}

		@Override
		public boolean next(double[] x, double value, double[] gradient, double[] next) {
			for (int i = 0; i < x.length; i++) {
				double step = this.eta * gradient[i];
				this.velocity[i] = this.mu * this.velocity[i] - step;
				next[i] = this.nesterov ? x[i] + this.mu * this.velocity[i] - step : x[i] + this.velocity[i];
			}
			return true;
		}

	}

	/** AdaGrad (\(\rho\) taken as 1 with undamped accumulation) and RMSProp. */
	final class Adaptive implements UpdateRule {

		private final double eta;

		private final double epsilon;

		private final double rho;

		private final boolean adagrad;

		private final double[] squares;

		Adaptive(OptimizerSettings settings, int n) {
			this.eta = settings.learningRate();
			this.epsilon = settings.epsilon();
			this.rho = settings.rho();
			this.adagrad = settings.method() == Method.ADAGRAD;
			this.squares = new double[n];
		}

		@Override
		public boolean next(double[] x, double value, double[] gradient, double[] next) {
			for (int i = 0; i < x.length; i++) {
				double g = gradient[i];
				this.squares[i] = this.adagrad ? this.squares[i] + g * g
						: this.rho * this.squares[i] + (1.0 - this.rho) * g * g;
				next[i] = x[i] - this.eta * g / (Math.sqrt(this.squares[i]) + this.epsilon);
			}
			return true;
		}

	}

	/** Adam with bias correction. */
	final class Adam implements UpdateRule {

		private final OptimizerSettings settings;

		private final double[] first;

		private final double[] second;

		private double beta1Power = 1.0;

		private double beta2Power = 1.0;

		Adam(OptimizerSettings settings, int n) {
			this.settings = settings;
			this.first = new double[n];
			this.second = new double[n];
		}

		@Override
		public boolean next(double[] x, double value, double[] gradient, double[] next) {
			double beta1 = this.settings.beta1();
			double beta2 = this.settings.beta2();
			this.beta1Power *= beta1;
			this.beta2Power *= beta2;
			for (int i = 0; i < x.length; i++) {
				double g = gradient[i];
				this.first[i] = beta1 * this.first[i] + (1.0 - beta1) * g;
				this.second[i] = beta2 * this.second[i] + (1.0 - beta2) * g * g;
				double firstHat = this.first[i] / (1.0 - this.beta1Power);
				double secondHat = this.second[i] / (1.0 - this.beta2Power);
				next[i] = x[i]
						- this.settings.learningRate() * firstHat / (Math.sqrt(secondHat) + this.settings.epsilon());
			}
			return true;
		}

	}

	/**
	 * Backtracking line search. Inside bounds the trial point is projected and the Armijo
	 * condition reads \(f(x_t) \le f(x) + c\, g^\top (x_t - x)\), which is the usual one
	 * when no bound is active.
	 */
	final class LineSearch implements UpdateRule {

		private final OptimizerSettings settings;

		private final ToDoubleFunction<double[]> function;

		private final Bounds bounds;

		LineSearch(OptimizerSettings settings, ToDoubleFunction<double[]> function, Bounds bounds) {
			this.settings = settings;
			this.function = function;
			this.bounds = bounds;
		}

		private double accepted;

		@Override
		public boolean next(double[] x, double value, double[] gradient, double[] next) {
			double eta = this.settings.learningRate();
			double t = (this.accepted > 0) ? Math.min(eta, this.accepted / this.settings.shrink()) : eta;
			for (int attempt = 0; attempt < this.settings.maxBacktracks(); attempt++) {
				for (int i = 0; i < x.length; i++) {
					next[i] = x[i] - t * gradient[i];
				}
				if (this.bounds != null) {
					this.bounds.project(next);
				}
				double predicted = 0.0;
				for (int i = 0; i < x.length; i++) {
					predicted += gradient[i] * (next[i] - x[i]);
				}
				if (predicted >= 0.0) {
					return false;
				}
				double trial = this.function.applyAsDouble(next);
				if (trial <= value + this.settings.sufficientDecrease() * predicted) {
					this.accepted = t;
					return true;
				}
				t *= this.settings.shrink();
			}
			return false;
		}

	}

}
