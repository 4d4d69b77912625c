package no.kostrabatch.statistics;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2025}) or a month ({@code 2025-03}), which means the year to
 * date. Its text, {@link #toString()}, is the form stored and written in every output.
 */
public final class Period implements Comparable<Period> {

	private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2]))?");

	private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::year)
		.thenComparingInt((p) -> p.month);

	private final int year;

	/** 1..12 for a month, 0 for a whole year. */
	private final int month;

	private Period(int year, int month) {
		this.year = year;
		this.month = month;
	}

	/** A period from its text, {@code YYYY} or {@code YYYY-MM}. */
	public static Period parse(String text) {
		Matcher matcher = SHAPE.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a period (YYYY or YYYY-MM): " + text);
		}
		int year = Integer.parseInt(matcher.group(1));
		return (matcher.group(2) != null) ? new Period(year, Integer.parseInt(matcher.group(2))) : new Period(year, 0);
	}

	/** Whether {@code text} is a period: {@code YYYY} or {@code YYYY-MM}, nothing else. */
	public static boolean isPeriod(String text) {
		return text != null && SHAPE.matcher(text).matches();
	}

	public static Period ofMonth(YearMonth month) {
		return new Period(month.getYear(), month.getMonthValue());
	}

	public int year() {
		return this.year;
	}

	/** Whether this is a month (year to date) rather than a whole year. */
	public boolean isMonthly() {
		return this.month != 0;
	}

	/** The last month the period counts: its month, or December for a year. */
	public int lastMonth() {
		return isMonthly() ? this.month : 12;
	}

	/** The same period in another year: {@code 2023-03} for {@code 2025-03} and 2023. */
	public Period inYear(int otherYear) {
		return new Period(otherYear, this.month);
	}

	/** The same period a year before: {@code 2024} for {@code 2025}, {@code 2024-03} for {@code 2025-03}. */
	public Period yearBefore() {
		return inYear(this.year - 1);
	}

	@Override
	public int compareTo(Period other) {
		return ORDER.compare(this, other);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Period p && p.year == this.year && p.month == this.month;
	}

	@Override
	public int hashCode() {
		return 13 * this.year + this.month;
	}

	@Override
	public String toString() {
		return isMonthly() ? String.format("%04d-%02d", this.year, this.month) : String.format("%04d", this.year);
	}

}
