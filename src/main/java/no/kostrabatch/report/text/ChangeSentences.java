package no.kostrabatch.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.statistics.Lang;

/**
 * Short sentences that state a change between two periods, in bokmål or English, with the right
 * words for a rise, a fall, no change, one person, and missing or suppressed figures.
 */
public final class ChangeSentences {

	private final ReportLabels labels;

	public ChangeSentences(Lang lang) {
		this.labels = new ReportLabels(lang);
	}

	/**
	 * A change in a count of persons, e.g. "Antall sosialhjelpsmottakere i Oslo gikk ned med 449
	 * personer (5,8 %) fra 2024 til 2025."
	 * @param subjectNb e.g. "Antall sosialhjelpsmottakere i Oslo"
	 * @param subjectEn e.g. "The number of recipients in Oslo"
	 * @param now this period's count, or {@code null} when missing or suppressed
	 * @param before the previous period's count, or {@code null}
	 */
	public String count(String subjectNb, String subjectEn, BigDecimal now, BigDecimal before, String period,
			String previous) {
		String subject = this.labels.t(subjectNb, subjectEn);
		if (now == null) {
			return this.labels.t(subject + " for " + period + " er ikke oppgitt (mangler eller er skjult).",
					subject + " for " + period + " is not given (missing or suppressed).");
		}
		if (before == null) {
			return this.labels.t(subject + " var " + persons(now) + " i " + period + ". Tall for " + previous
					+ " mangler, så endringen kan ikke beregnes.",
					subject + " was " + persons(now) + " in " + period + ". Figures for " + previous
							+ " are missing, so the change cannot be computed.");
		}
		BigDecimal difference = now.subtract(before);
		if (difference.signum() == 0) {
			return this.labels.t(subject + " var uendret fra " + previous + " til " + period + " (" + persons(now) + ").",
					subject + " was unchanged from " + previous + " to " + period + " (" + persons(now) + ").");
		}
		String percent = (before.signum() != 0) ? " (" + percent(difference.abs(), before) + ")" : "";
		String verb = (difference.signum() > 0) ? this.labels.t("økte med", "rose by")
				: this.labels.t("gikk ned med", "fell by");
		return subject + " " + verb + " " + persons(difference.abs()) + percent + " " + this.labels.t("fra", "from") + " "
				+ previous + " " + this.labels.t("til", "to") + " " + period + ".";
	}

	/**
	 * A change in a level such as a share or a mean, e.g. "Andelen langtidsmottakere i Oslo økte fra
	 * 48,5 til 52,0 prosent fra 2024 til 2025."
	 */
	public String level(String subjectNb, String subjectEn, BigDecimal now, BigDecimal before, String unitNb,
			String unitEn, String period, String previous) {
		String subject = this.labels.t(subjectNb, subjectEn);
		String unit = this.labels.t(unitNb, unitEn);
		if (now == null) {
			return this.labels.t(subject + " for " + period + " er ikke oppgitt.", subject + " for " + period
					+ " is not given.");
		}
		if (before == null) {
			return this.labels.t(subject + " var " + this.labels.number(now) + " " + unit + " i " + period + ".",
					subject + " was " + this.labels.number(now) + " " + unit + " in " + period + ".");
		}
		int sign = now.compareTo(before);
		if (sign == 0) {
			return this.labels.t(subject + " var uendret, " + this.labels.number(now) + " " + unit + ", fra " + previous
					+ " til " + period + ".", subject + " was unchanged at " + this.labels.number(now) + " " + unit
							+ " from " + previous + " to " + period + ".");
		}
		String verb = (sign > 0) ? this.labels.t("økte", "rose") : this.labels.t("gikk ned", "fell");
		return subject + " " + verb + " " + this.labels.t("fra", "from") + " " + this.labels.number(before) + " "
				+ this.labels.t("til", "to") + " " + this.labels.number(now) + " " + unit + " "
				+ this.labels.t("fra", "from") + " " + previous + " " + this.labels.t("til", "to") + " " + period + ".";
	}

	private String persons(BigDecimal n) {
		boolean one = n.compareTo(BigDecimal.ONE) == 0;
		return this.labels.number(n) + " " + (one ? this.labels.t("person", "person") : this.labels.t("personer", "persons"));
	}

	private String percent(BigDecimal part, BigDecimal whole) {
		BigDecimal p = part.multiply(BigDecimal.valueOf(100)).divide(whole.abs(), 1, RoundingMode.HALF_UP);
		return this.labels.number(p) + this.labels.t(" %", "%");
	}

}
