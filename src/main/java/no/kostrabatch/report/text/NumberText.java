package no.kostrabatch.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import no.kostrabatch.statistics.Lang;

/**
 * Numbers as a report prints them: bokmål with a non-breaking space between thousands, a decimal
 * comma and a true minus sign ("−1 234,5"); English with a comma between thousands and a point.
 */
public final class NumberText {

	/** The thousands separator of bokmål (a non-breaking space, so a number never breaks). */
	public static final char NB_GROUPING = '\u00A0';

	private final Lang lang;

	public NumberText(Lang lang) {
		this.lang = lang;
	}

	public Lang lang() {
		return this.lang;
	}

	/** {@code value} rounded half up to {@code decimals} decimals. */
	public String format(BigDecimal value, int decimals) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		if (this.lang == Lang.NB) {
			symbols.setGroupingSeparator(NB_GROUPING);
			symbols.setDecimalSeparator(',');
			symbols.setMinusSign('\u2212');
		}
		else {
			symbols.setGroupingSeparator(',');
			symbols.setDecimalSeparator('.');
		}
		DecimalFormat format = new DecimalFormat((decimals > 0) ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
		return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
	}

	/** A value with as many decimals as it carries (at most one), e.g. a published cell. */
	public String format(BigDecimal value) {
		return format(value, (value.scale() > 0) ? 1 : 0);
	}

	/** A percentage: "5,8 %" in bokmål, "5.8%" in English. */
	public String percent(BigDecimal value) {
		return format(value, 1) + ((this.lang == Lang.NB) ? " %" : "%");
	}

	/** A change with its sign: "+12", "−3,4", "0". */
	public String signed(BigDecimal value, int decimals) {
		String text = format(value, decimals);
		return (value.setScale(decimals, RoundingMode.HALF_UP).signum() > 0) ? "+" + text : text;
	}

}
