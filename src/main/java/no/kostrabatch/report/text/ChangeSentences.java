package no.kostrabatch.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;

/**
 * Short sentences that state a change between two periods, in bokmål or English: "Antall
 * sosialhjelpsmottakere gikk ned med 449 personer (5,8 %) fra 2024 til 2025." They use the right
 * words for a rise, a fall, no change and one person, give the change of a share in percentage
 * points, and say so when a figure is missing or suppressed instead of guessing.
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
			return onlyNow(subject, who, now, period, previous,
					t("Tall for " + previous + " mangler, så endringen kan ikke beregnes.",
							"Figures for " + previous + " are missing, so the change cannot be computed."));
		}
		return subject.isCount() ? countChange(who, now, before, period, previous)
				: levelChange(subject, who, now, before, period, previous);
	}

	/**
	 * The change of a subject between two periods, telling a suppressed figure from a missing one.
	 * @param place a municipality's name, or {@code null}
	 * @param previous the previous period, or {@code null} when there is none
	 */
	public String change(Subject subject, @Nullable String place, Figure now, Figure before, String period,
			@Nullable String previous) {
		String who = subject.words(this.lang, place);
		if (!now.known()) {
			return now.suppressed()
					? t(who + " for " + period + " er skjult av personvernhensyn (:).",
							who + " for " + period + " is suppressed to protect individuals (:).")
					: t(who + " for " + period + " mangler (..).", who + " for " + period + " is missing (..).");
		}
		if (previous != null && !before.known() && before.suppressed()) {
			return onlyNow(subject, who, now.value(), period, previous,
					t("Tallet for " + previous + " er skjult av personvernhensyn, så endringen kan ikke beregnes.",
							"The figure for " + previous + " is suppressed to protect individuals, so the change cannot be computed."));
		}
		return change(subject, place, now.value(), before.value(), period, previous);
	}

	private String onlyNow(Subject subject, String who, BigDecimal now, String period, @Nullable String previous,
			String why) {
		String was = t(who + " var " + amount(subject, now) + " i " + period + ".",
				who + " was " + amount(subject, now) + " in " + period + ".");
		return was + " " + ((previous != null) ? why
				: t("Det finnes ingen tidligere periode å sammenligne med.", "There is no earlier period to compare with."));
	}

	private String countChange(String who, BigDecimal now, BigDecimal before, String period, String previous) {
		BigDecimal difference = now.subtract(before);
		if (difference.signum() == 0) {
			return t(who + " var uendret fra " + previous + " til " + period + " (" + persons(now) + ").",
					who + " was unchanged from " + previous + " to " + period + " (" + persons(now) + ").");
		}
		String verb = (difference.signum() > 0) ? t("økte med", "rose by") : t("gikk ned med", "fell by");
		String percent = (before.signum() != 0) ? " (" + percent(difference.abs()
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
		if (subject.isShare()) {
			return who + " " + verb + " " + t("med ", "by ") + this.numbers.format(now.subtract(before).abs(), 1)
					+ t(" prosentpoeng, fra ", " percentage points, from ") + amount(subject, before) + t(" i ", " in ")
					+ previous + t(" til ", " to ") + amount(subject, now) + t(" i ", " in ") + period + ".";
		}
		return who + " " + verb + " " + t("fra ", "from ") + amount(subject, before) + t(" i ", " in ") + previous
				+ t(" til ", " to ") + amount(subject, now) + t(" i ", " in ") + period + ".";
	}

	/** A rounded percentage; a change that rounds to nothing is "under 0,1 %". */
	private String percent(BigDecimal value) {
		return (value.signum() == 0) ? t("under ", "less than ") + this.numbers.percent(new BigDecimal("0.1"))
				: this.numbers.percent(value);
	}

	private String amount(Subject subject, BigDecimal value) {
		if (subject.isCount()) {
			return persons(value);
		}
		if (this.lang == Lang.EN && "NOK".equals(subject.unit(this.lang))) {
			return "NOK " + this.numbers.format(value);
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
