package no.kostrabatch.statistics.internal;

/** Running values of one cell: one per count or sum ({@code Formula.Term}) the table's formulas use. */
public final class Tally {

	private final long[] values;

	Tally(int terms) {
		this.values = new long[terms];
	}

	void add(int term, long value) {
		this.values[term] += value;
	}

	/** The value of the term at {@code index} of the table's terms. */
	public long value(int index) {
		return this.values[index];
	}

}
