package no.kostrabatch.statistics;

import java.util.List;

import no.kostrabatch.input.PersonMonth;

/**
 * One person's facts of a year, month by month, as SSB reads them: what was paid, whether the month
 * is a support month (bidrag + lån of its rows above 0, or a row ticks it), and the row that gives
 * the attributes "ved siste kontakt" (the month's last row that pays or is ticked; rows that pay
 * nothing never do).
 */
final class SupportMonths {

	private final long[] amount = new long[13];

	private final boolean[] flagged = new boolean[13];

	private final PersonMonth[] attributes = new PersonMonth[13];

	/** The facts of months 1 to {@code lastMonth}; later months are left out. */
	SupportMonths(List<PersonMonth> facts, int lastMonth) {
		for (PersonMonth fact : facts) {
			int m = fact.month().getMonthValue();
			if (m > lastMonth) {
				continue;
			}
			this.amount[m] += fact.amount();
			this.flagged[m] |= fact.supportMonth();
			boolean pays = fact.supportMonth() || fact.amount() > 0;
			if (pays && (this.attributes[m] == null || fact.sourceLine() >= this.attributes[m].sourceLine())) {
				this.attributes[m] = fact;
			}
		}
	}

	long amount(int month) {
		return this.amount[month];
	}

	boolean supported(int month) {
		return this.amount[month] > 0 || this.flagged[month];
	}

	/** The row whose attributes count for a support month ({@code null} for a month without support). */
	PersonMonth attributes(int month) {
		return this.attributes[month];
	}

}
