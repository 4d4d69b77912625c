package no.kostrabatch.statistics;

/** Reporting periods as the text cells carry: a year {@code YYYY} or a month {@code YYYY-MM} (see {@link Period}). */
public final class Periods {

	private Periods() {
	}

	/** The same period a year before: {@code 2024} for {@code 2025}, {@code 2024-03} for {@code 2025-03}. */
	public static String yearBefore(String period) {
		return Period.parse(period).yearBefore().toString();
	}

}
