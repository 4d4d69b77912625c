package no.kostrabatch.report;

import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Periods;

/** Month names and the {@code YYYY-MM} periods of a monthly run. */
public final class Months {

	private static final String[] NB = { "Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August",
			"September", "Oktober", "November", "Desember" };

	private static final String[] EN = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	private Months() {
	}

	public static String name(int month, Lang lang) {
		return ((lang == Lang.EN) ? EN : NB)[month - 1];
	}

	public static String period(int year, int month) {
		return String.format("%d-%02d", year, month);
	}

	/** The same month a year before. */
	public static String lastYear(String period) {
		return Periods.yearBefore(period);
	}

	public static int year(String period) {
		return Integer.parseInt(period.substring(0, 4));
	}

	public static int month(String period) {
		return Integer.parseInt(period.substring(5, 7));
	}

	/** "mars 2025" (nb) or "March 2025" (en), a month in running text. */
	public static String inText(int year, int month, Lang lang) {
		String name = name(month, lang);
		return ((lang == Lang.EN) ? name : name.toLowerCase(java.util.Locale.ROOT)) + " " + year;
	}

	/** A period in running text: {@code 2025} as it is, {@code 2025-03} as "januar–mars 2025". */
	public static String label(String period, Lang lang) {
		return (period.length() == 7) ? span(year(period), month(period), lang) : period;
	}

	/** "januar–mars 2025", the months January to M of a year in running text. */
	public static String span(int year, int month, Lang lang) {
		String first = name(1, lang);
		String last = name(month, lang);
		String words = (month == 1) ? first : first + "–" + last;
		return ((lang == Lang.EN) ? words : words.toLowerCase(java.util.Locale.ROOT)) + " " + year;
	}

}
