package no.kostrabatch.input;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a CSV extract with its raw (trimmed) values. Holds personal identifiers: it stays
 * in the input and validation steps, and its {@code toString} shows no values.
 */
public final class CsvRow {

	private final long lineNumber;

	private final Map<CsvColumn, String> values;

	public CsvRow(long lineNumber, Map<CsvColumn, String> values) {
		this.lineNumber = lineNumber;
		this.values = values.isEmpty() ? new EnumMap<>(CsvColumn.class) : new EnumMap<>(values);
	}

	public long lineNumber() {
		return this.lineNumber;
	}

	/** The trimmed value, or "" when the column is absent or blank. */
	public String get(CsvColumn column) {
		String value = this.values.get(column);
		return (value != null) ? value : "";
	}

	public boolean has(CsvColumn column) {
		return !get(column).isEmpty();
	}

	@Override
	public String toString() {
		return "CsvRow[line=" + this.lineNumber + "]";
	}

}
