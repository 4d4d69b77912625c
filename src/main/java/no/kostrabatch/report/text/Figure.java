package no.kostrabatch.report.text;

import java.math.BigDecimal;

import org.springframework.lang.Nullable;

/**
 * A figure as a change sentence sees it: a published value, or none because it is suppressed to
 * protect individuals or because it is missing.
 */
public record Figure(@Nullable BigDecimal value, boolean suppressed) {

	public static Figure of(@Nullable BigDecimal value) {
		return new Figure(value, false);
	}

	public static Figure hidden() {
		return new Figure(null, true);
	}

	public static Figure missing() {
		return new Figure(null, false);
	}

	boolean known() {
		return this.value != null;
	}

}
