package dev.descent.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick marks at round numbers: steps of 1, 2 or 5 times a power of ten, about as many as
 * asked for.
 */
final class Ticks {

	private Ticks() {
	}

	/**
	 * The step between ticks.
	 * @param range the axis range
	 * @param count about how many ticks
	 * @return 1, 2 or 5 times a power of ten
	 */
	static double step(Range range, int count) {
		double raw = range.span() / Math.max(1, count);
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double fraction = raw / power;
		double nice = (fraction < 1.5) ? 1 : (fraction < 3.5) ? 2 : (fraction < 7.5) ? 5 : 10;
		return nice * power;
	}

	/**
	 * The ticks that lie in a range.
	 * @param range the axis range
	 * @param count about how many ticks
	 * @return the tick values, ascending
	 */
	static List<Double> of(Range range, int count) {
		double step = step(range, count);
		List<Double> ticks = new ArrayList<>();
		double first = Math.ceil(range.min() / step);
		for (int i = 0; i <= count * 3; i++) {
			double tick = (first + i) * step;
			if (tick > range.max() + step * 1e-9) {
				break;
			}
			ticks.add((Math.abs(tick) < step * 1e-9) ? 0.0 : tick);
		}
		return ticks;
	}

	/**
	 * A tick's label, with as many decimals as its step needs, or in scientific notation
	 * for very large and very small magnitudes.
	 * @param value the tick
	 * @param step the step between ticks
	 * @return the label
	 */
	static String label(double value, double step) {
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.max(Math.abs(value), step);
		if (magnitude >= 1e6 || step < 1e-4) {
			return String.format(Locale.ROOT, "%.2g", value)
				.replace("e+0", "e")
				.replace("e+", "e")
				.replace("e-0", "e-");
		}
		int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
		return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
	}

	/**
	 * A value for a caption or legend: four significant digits.
	 * @param value the value
	 * @return its text; "n/a" when it is not finite
	 */
	static String value(double value) {
		if (!Double.isFinite(value)) {
			return "n/a";
		}
		if (value != 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) {
			return String.format(Locale.ROOT, "%.3e", value)
				.replace("e+0", "e")
				.replace("e+", "e")
				.replace("e-0", "e-");
		}
		return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
	}

}
