package no.kostrabatch.validation.export;

import no.kostrabatch.input.CsvRow;

/** One person's year while the extracts are read: payments per month and the latest month's row. */
final class PersonState {

	final long[] bidrag = new long[13];

	final long[] laan = new long[13];

	CsvRow latest;

	int latestMonth;

	String latestFile;

	void add(CsvRow row, int month, long rowBidrag, long rowLaan, String file) {
		this.bidrag[month] += rowBidrag;
		this.laan[month] += rowLaan;
		if (rowBidrag + rowLaan > 0 && month >= this.latestMonth) {
			this.latest = row;
			this.latestMonth = month;
			this.latestFile = file;
		}
		else if (this.latest == null) {
			this.latest = row;
			this.latestFile = file;
		}
	}

}
