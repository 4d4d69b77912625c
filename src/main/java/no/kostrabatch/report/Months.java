package no.kostrabatch.report;

import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.Periods;

/**
 * Month names (from the message bundles: a name as a label, "Mars", and in running text, "mars") and
 * the {@code YYYY-MM} periods of a monthly run.
 */
public final class Months {

	private static final String[] NAMES = { "report.months.january", "report.months.february", "report.months.march",
			"report.months.april", "report.months.may", "report.months.june", "report.months.july",
			"report.months.august", "report.months.september", "report.months.october", "report.months.november",
			"report.months.december" };

	private static final String[] IN_TEXT = { "report.months.january_in_text", "report.months.february_in_text",
			"report.months.march_in_text", "report.months.april_in_text", "report.months.may_in_text",
			"report.months.june_in_text", "report.months.july_in_text", "report.months.august_in_text",
			"report.months.september_in_text", "report.months.october_in_text", "report.months.november_in_text",
			"report.months.december_in_text" };

	private Months() {
	}

	/** A month's name as a label ("Mars", "March"). */
	public static String name(int month, Lang lang) {
		return new Messages(lang).get(NAMES[month - 1]);
	}

	public static String period(int year, int month) {
		return String.format("%d-%02d", year, month);
	}

	/** The same month a year before. */
	public static String lastYear(String period) {
		return Periods.yearBefore(period);
	}

	public static int year(String period) {
		return Period.parse(period).year();
	}

	public static int month(String period) {
		return Period.parse(period).lastMonth();
	}

	/** "mars 2025" (nb) or "March 2025" (en), a month in running text. */
	public static String inText(int year, int month, Lang lang) {
		Messages messages = new Messages(lang);
		return messages.get("report.months.month_of_year", messages.get(IN_TEXT[month - 1]), year);
	}

	/** A period in running text: {@code 2025} as it is, {@code 2025-03} as "januar–mars 2025". */
	public static String label(String period, Lang lang) {
		Period p = Period.parse(period);
		return p.isMonthly() ? span(p.year(), p.lastMonth(), lang) : period;
	}

	/** "januar–mars 2025", the months January to M of a year in running text. */
	public static String span(int year, int month, Lang lang) {
		if (month == 1) {
			return inText(year, month, lang);
		}
		Messages messages = new Messages(lang);
		return messages.get("report.months.months_of_year", messages.get(IN_TEXT[0]), messages.get(IN_TEXT[month - 1]),
				year);
	}

}
