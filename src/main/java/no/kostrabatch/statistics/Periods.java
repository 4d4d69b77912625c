package no.kostrabatch.statistics;

/** Reporting periods: a year {@code YYYY} or a month {@code YYYY-MM}. */
public final class Periods {

	private Periods() {
	}

	/** The same period a year before: {@code 2024} for {@code 2025}, {@code 2024-03} for {@code 2025-03}. */
	public static String yearBefore(String period) {
		return (Integer.parseInt(period.substring(0, 4)) - 1) + period.substring(4);
	}

}
