package no.kostrabatch.input;

import java.util.Map;

/**
 * One data row of a CSV extract with its raw values (trimmed, Excel text protection removed, codes
 * recoded by the column mapping). Holds personal identifiers: it stays in the input and validation
 * steps, and its {@code toString} shows no values.
 */
public final class CsvRow {

	private static final CsvColumn[] COLUMNS = CsvColumn.values();

	private final long lineNumber;

	private final String[] values;

	private final String defect;

	private final boolean cut;

	public CsvRow(long lineNumber, Map<CsvColumn, String> values) {
		this(lineNumber, new String[COLUMNS.length]);
		values.forEach((column, value) -> this.values[column.ordinal()] = (value != null) ? value.trim() : null);
	}

	/** Takes ownership of {@code values}, indexed by {@link CsvColumn#ordinal()}. */
	CsvRow(long lineNumber, String[] values) {
		this(lineNumber, values, null, false);
	}

	CsvRow(long lineNumber, String[] values, String defect, boolean cut) {
		this.lineNumber = lineNumber;
		this.values = values;
		this.defect = defect;
		this.cut = cut;
	}

	/**
	 * Why the line cannot be read as a record (wrong number of fields, an unclosed quote, NUL
	 * characters), naming the line and never a value; {@code null} for a readable row.
	 */
	public String defect() {
		return this.defect;
	}

	/** Whether the file ends in the middle of this (defective) last line: it seems cut. */
	public boolean cut() {
		return this.cut;
	}

	/**
	 * The values in one compact string (each value's length as a char, then its chars), for holding
	 * many rows in little memory; {@link #unpack} gives the row back.
	 */
	public String packed() {
		StringBuilder text = new StringBuilder();
		for (String value : this.values) {
			String v = (value != null) ? value : "";
			int length = Math.min(v.length(), Character.MAX_VALUE);
			text.append((char) length).append(v, 0, length);
		}
		return text.toString();
	}

	/** The row that gave {@link #packed()}; blank values come back blank. */
	public static CsvRow unpack(long lineNumber, String packed) {
		String[] values = new String[COLUMNS.length];
		int at = 0;
		for (int i = 0; i < values.length && at < packed.length(); i++) {
			int length = packed.charAt(at++);
			values[i] = packed.substring(at, at + length);
			at += length;
		}
		return new CsvRow(lineNumber, values);
	}

	/** The physical line the row starts on (the header is line 1). */
	public long lineNumber() {
		return this.lineNumber;
	}

	/** The trimmed value, or "" when the column is absent or blank. */
	public String get(CsvColumn column) {
		String value = this.values[column.ordinal()];
		return (value != null) ? value : "";
	}

	/** Whether the column has a non-blank value. */
	public boolean has(CsvColumn column) {
		return !get(column).isEmpty();
	}

	/** Whether every column is blank (a row of delimiters only, as spreadsheets write). */
	public boolean isBlank() {
		if (this.defect != null) {
			return false;
		}
		for (String value : this.values) {
			if (value != null && !value.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return "CsvRow[line=" + this.lineNumber + "]";
	}

}
