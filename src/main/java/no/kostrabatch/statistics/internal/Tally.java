package no.kostrabatch.statistics.internal;

/** Running sums of one cell: recipients, support months, payments and children. */
public final class Tally {

	long recipients;

	long supportMonths;

	long nok;

	long children;

	void add(long months, long amount, long childCount) {
		this.recipients++;
		this.supportMonths += months;
		this.nok += amount;
		this.children += childCount;
	}

	public long recipients() {
		return this.recipients;
	}

	public long supportMonths() {
		return this.supportMonths;
	}

	public long nok() {
		return this.nok;
	}

	public long children() {
		return this.children;
	}

}
