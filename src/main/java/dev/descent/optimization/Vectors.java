package dev.descent.optimization;

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
		double scale = 0.0;
		for (double component : v) {
			scale = Math.max(scale, Math.abs(component));
		}
		if (scale == 0.0 || !Double.isFinite(scale)) {
			return scale;
		}
		double sum = 0.0;
		for (double component : v) {
			double scaled = component / scale;
			sum += scaled * scaled;
		}
		return scale * Math.sqrt(sum);
	}

	static double distance(double[] a, double[] b) {
		double scale = 0.0;
		for (int i = 0; i < a.length; i++) {
			scale = Math.max(scale, Math.abs(a[i] - b[i]));
		}
		if (scale == 0.0 || !Double.isFinite(scale)) {
			return scale;
		}
		double sum = 0.0;
		for (int i = 0; i < a.length; i++) {
			double scaled = (a[i] - b[i]) / scale;
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
