package no.kostrabatch.report.text;

import java.math.BigDecimal;

import org.springframework.lang.Nullable;

/**
 * A published change of a figure from the previous period, as the statistics derive it (the cells
 * {@code change} and {@code change_percent} of {@code key_figures_change}).
 *
 * @param difference the change in the figure's own unit (percentage points for a share)
 * @param percent the change in per cent of the previous value, or {@code null} when there is none
 * (a share, a previous value of 0)
 */
public record Change(BigDecimal difference, @Nullable BigDecimal percent) {

	public static Change of(BigDecimal difference, @Nullable BigDecimal percent) {
		return new Change(difference, percent);
	}

}
