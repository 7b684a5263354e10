package dev.descent.optimization;

import java.util.function.IntToDoubleFunction;

/**
 * The few vector operations the optimizers need, on plain arrays.
 */
final class Vectors {

	private Vectors() {
	}

	/**
	 * \(\lVert v \rVert_2\), scaled so that it neither overflows nor underflows early.
	 */
	static double norm(double[] v) {
		return norm(v.length, (i) -> v[i]);
	}

	/** \(\lVert a - b \rVert_2\), scaled as {@link #norm(double[])}. */
	static double distance(double[] a, double[] b) {
		return norm(a.length, (i) -> a[i] - b[i]);
	}

	/**
	 * The Euclidean norm of a vector given by its components, divided by the largest
	 * magnitude first so that the squares neither overflow nor underflow.
	 */
	static double norm(int n, IntToDoubleFunction component) {
		double scale = 0.0;
		for (int i = 0; i < n; i++) {
			scale = Math.max(scale, Math.abs(component.applyAsDouble(i)));
		}
		if (scale == 0.0 || !Double.isFinite(scale)) {
			return scale;
		}
		double sum = 0.0;
		for (int i = 0; i < n; i++) {
			double scaled = component.applyAsDouble(i) / scale;
			sum += scaled * scaled;
		}
		return scale * Math.sqrt(sum);
	}

	static double dot(double[] a, double[] b) {
		double sum = 0.0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	static boolean allFinite(double[] v) {
		for (double component : v) {
			if (!Double.isFinite(component)) {
				return false;
			}
		}
		return true;
	}

}
