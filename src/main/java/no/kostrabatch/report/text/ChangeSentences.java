package no.kostrabatch.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;

/**
 * Short sentences that state a change between two periods, in bokmål or English: "Antall
 * sosialhjelpsmottakere gikk ned med 449 personer (5,8 %) fra 2024 til 2025." They use the right
 * words for a rise, a fall, no change and one person, and say so when a figure is missing or
 * suppressed instead of guessing.
 */
public final class ChangeSentences {

	private final Lang lang;

	private final NumberText numbers;

	public ChangeSentences(Lang lang) {
		this.lang = lang;
		this.numbers = new NumberText(lang);
	}

	/** The change in the number of recipients, without a place. */
	public String recipients(@Nullable BigDecimal now, @Nullable BigDecimal before, String period,
			@Nullable String previous) {
		return change(Subject.RECIPIENTS, null, now, before, period, previous);
	}

	/**
	 * The change of a subject between two periods.
	 * @param place a municipality's name, or {@code null}
	 * @param now this period's value, or {@code null} when missing or suppressed
	 * @param before the previous period's value, or {@code null}
	 * @param previous the previous period, or {@code null} when there is none
	 */
	public String change(Subject subject, @Nullable String place, @Nullable BigDecimal now,
			@Nullable BigDecimal before, String period, @Nullable String previous) {
		String who = subject.words(this.lang, place);
		if (now == null) {
			return t(who + " for " + period + " er ikke oppgitt (tallet mangler eller er skjult).",
					who + " for " + period + " is not given (the figure is missing or suppressed).");
		}
		if (before == null) {
			String was = t(who + " var " + amount(subject, now) + " i " + period + ".",
					who + " was " + amount(subject, now) + " in " + period + ".");
			return was + " " + ((previous != null)
					? t("Tall for " + previous + " mangler, så endringen kan ikke beregnes.",
							"Figures for " + previous + " are missing, so the change cannot be computed.")
					: t("Det finnes ingen tidligere periode å sammenligne med.", "There is no earlier period to compare with."));
		}
		return subject.isCount() ? countChange(who, now, before, period, previous)
				: levelChange(subject, who, now, before, period, previous);
	}

	private String countChange(String who, BigDecimal now, BigDecimal before, String period, String previous) {
		BigDecimal difference = now.subtract(before);
		if (difference.signum() == 0) {
			return t(who + " var uendret fra " + previous + " til " + period + " (" + persons(now) + ").",
					who + " was unchanged from " + previous + " to " + period + " (" + persons(now) + ").");
		}
		String verb = (difference.signum() > 0) ? t("økte med", "rose by") : t("gikk ned med", "fell by");
		String percent = (before.signum() != 0) ? " (" + this.numbers.percent(difference.abs()
			.multiply(BigDecimal.valueOf(100))
			.divide(before.abs(), 1, RoundingMode.HALF_UP)) + ")" : "";
		return who + " " + verb + " " + persons(difference.abs()) + percent + " " + t("fra", "from") + " " + previous + " "
				+ t("til", "to") + " " + period + ".";
	}

	private String levelChange(Subject subject, String who, BigDecimal now, BigDecimal before, String period,
			String previous) {
		int sign = now.compareTo(before);
		if (sign == 0) {
			return t(who + " var uendret på " + amount(subject, now) + " fra " + previous + " til " + period + ".",
					who + " was unchanged at " + amount(subject, now) + " from " + previous + " to " + period + ".");
		}
		String verb = (sign > 0) ? t("økte", "rose") : t("gikk ned", "fell");
		return who + " " + verb + " " + t("fra ", "from ") + amount(subject, before) + t(" i ", " in ") + previous
				+ t(" til ", " to ") + amount(subject, now) + t(" i ", " in ") + period + ".";
	}

	private String amount(Subject subject, BigDecimal value) {
		if (subject.isCount()) {
			return persons(value);
		}
		return this.numbers.format(value) + " " + subject.unit(this.lang);
	}

	private String persons(BigDecimal n) {
		boolean one = n.abs().compareTo(BigDecimal.ONE) == 0;
		return this.numbers.format(n, 0) + " " + (one ? "person" : t("personer", "persons"));
	}

	private String t(String nb, String en) {
		return (this.lang == Lang.EN) ? en : nb;
	}

}
