package no.kostrabatch.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Division and rounding to a published number of decimals (half up, as SSB publishes). */
public final class Numbers {

	private Numbers() {
	}

	/** numerator ÷ denominator × factor, rounded; {@code null} when the denominator is 0. */
	public static BigDecimal ratio(long numerator, long denominator, int factor, int decimals) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator)
			.multiply(BigDecimal.valueOf(factor))
			.divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
	}

	public static BigDecimal count(long value) {
		return BigDecimal.valueOf(value);
	}

}
