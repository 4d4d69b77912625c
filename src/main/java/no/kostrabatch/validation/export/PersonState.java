package no.kostrabatch.validation.export;

import no.kostrabatch.input.CsvRow;

/**
 * One person's year while the extracts are read: payments per month and the latest month's row,
 * packed into one compact string (a few hundred bytes a person instead of a parsed row).
 */
final class PersonState {

	final long[] bidrag = new long[13];

	final long[] laan = new long[13];

	CsvRow latest;

	private String latestPacked;

	long latestLine;

	int latestMonth;

	String latestFile;

	void add(CsvRow row, int month, long rowBidrag, long rowLaan, String file) {
		this.bidrag[month] += rowBidrag;
		this.laan[month] += rowLaan;
		if (rowBidrag + rowLaan > 0 && month >= this.latestMonth) {
			keep(row);
			this.latestMonth = month;
			this.latestFile = file;
		}
		else if (this.latestPacked == null) {
			keep(row);
			this.latestFile = file;
		}
	}

	private void keep(CsvRow row) {
		this.latestPacked = row.packed();
		this.latestLine = row.lineNumber();
	}

	/** Unpacks the latest row into {@link #latest} for writing the record, and lets it go after. */
	void unpack() {
		this.latest = CsvRow.unpack(this.latestLine, this.latestPacked);
	}

	void release() {
		this.latest = null;
	}

}
