package no.kostrabatch.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.kostrabatch.input.internal.PhysicalLines;
import no.kostrabatch.input.internal.TextFiles;

/**
 * Streams the raw rows of a monthly CSV extract: header required (names case-insensitive, mapped by
 * an optional {@link ColumnMapping}), the delimiter ({@code ;}, {@code ,}, tab or {@code |}) the header holds most of, UTF-8 with or
 * without BOM or Windows-1252 detected, CRLF or LF, quoted fields, and Excel's text-protected
 * {@code ="0301"} fields. Every physical line is one record, so line numbers are physical (the header
 * is line 1) and a quote left open never swallows the lines after it.
 */
public final class CsvExtract implements Closeable {

	private final String fileName;

	private final TextFiles.Encoding encoding;

	private final TextFiles.CountingInputStream stream;

	private final PhysicalLines lines;

	private final CsvColumn[] columnsByIndex;

	private final Set<CsvColumn> columns = EnumSet.noneOf(CsvColumn.class);

	private final ColumnMapping mapping;

	/** The delimiters a header is looked at for, in order of preference when counts tie. */
	private static final char[] DELIMITERS = { ';', ',', '\t', '|' };

	private final char delimiter;

	private PhysicalLines.Line lookahead;

	private CsvExtract(Path file, ColumnMapping mapping, TextFiles.Encoding encoding) throws IOException {
		this.fileName = String.valueOf(file.getFileName());
		this.mapping = (mapping != null) ? mapping : ColumnMapping.none();
		this.encoding = encoding;
		this.stream = TextFiles.open(file, encoding);
		try {
			this.lines = new PhysicalLines(new InputStreamReader(this.stream, encoding.charset()));
			PhysicalLines.Line header = this.lines.next();
			while (header != null && header.text().isBlank()) {
				header = this.lines.next();
			}
			if (header == null) {
				throw new InputFileException(this.fileName + " is empty.");
			}
			this.delimiter = delimiter(header.text());
			List<String> names = fields(header.text(), this.delimiter);
			if (names == null) {
				throw new InputFileException(this.fileName + " cannot be read: a quote in its header row is never "
						+ "closed (check the quotes).");
			}
			this.columnsByIndex = new CsvColumn[names.size()];
			for (int i = 0; i < names.size(); i++) {
				CsvColumn column = this.mapping.column(unprotect(names.get(i)));
				if (column != null && !this.columns.add(column)) {
					throw new InputFileException(this.fileName + " has the column " + column + " twice in its header.");
				}
				this.columnsByIndex[i] = column;
			}
			checkColumns();
			this.lookahead = this.lines.next();
		}
		catch (IOException | RuntimeException ex) {
			this.stream.close();
			throw ex;
		}
	}

	/**
	 * Opens an extract, detecting its encoding.
	 * @param mapping the municipality's column mapping, or {@code null}
	 * @throws InputFileException when the file is empty or lacks required columns (one sentence)
	 */
	public static CsvExtract open(Path file, ColumnMapping mapping) throws IOException {
		return new CsvExtract(file, mapping, TextFiles.detect(file));
	}

	static CsvExtract open(Path file, ColumnMapping mapping, TextFiles.Encoding encoding) throws IOException {
		return new CsvExtract(file, mapping, encoding);
	}

	/** The delimiter the header holds most of ({@code ;} when counts tie). */
	private static char delimiter(String header) {
		char best = ';';
		for (char candidate : DELIMITERS) {
			if (count(header, candidate) > count(header, best)) {
				best = candidate;
			}
		}
		return best;
	}

	private void checkColumns() {
		List<String> missing = new ArrayList<>();
		for (CsvColumn required : CsvColumn.REQUIRED) {
			if (!this.columns.contains(required)) {
				missing.add(required.name());
			}
		}
		if (CsvColumn.IDENTIFIERS.stream().noneMatch(this.columns::contains)) {
			missing.add("PERSON_FODSELSNR, PERSON_DUF or PERSON_JOURNALNR");
		}
		if (!missing.isEmpty()) {
			throw new InputFileException(this.fileName + " is not a CSV extract with the required columns: "
					+ String.join(", ", missing) + " missing from the header.");
		}
	}

	/** The columns the file carries. */
	public Set<CsvColumn> columns() {
		return EnumSet.copyOf(this.columns);
	}

	/** E.g. "CSV (UTF-8 med BOM, skilletegn ';', CRLF)". */
	public String description() {
		return "CSV (" + this.encoding.describe() + ", skilletegn " + ((this.delimiter == '\t') ? "tab" : "'" + this.delimiter + "'") + ", "
				+ this.encoding.lineBreak() + ")";
	}

	/**
	 * The next data line, or {@code null} at the end: every physical line after the header gives one
	 * row. A row that cannot be read as a record of the header's columns (wrong number of fields, a
	 * quote not closed on its own line, NUL characters) is a row with a {@link CsvRow#defect() defect}
	 * and no values; a record never spans several lines. A blank line, or a line of delimiters only,
	 * gives a {@link CsvRow#isBlank() blank} row.
	 */
	public CsvRow next() {
		PhysicalLines.Line line = this.lookahead;
		if (line == null) {
			return null;
		}
		try {
			this.lookahead = this.lines.next();
		}
		catch (IOException ex) {
			throw new InputFileException(this.fileName + " cannot be read after line " + line.number() + " ("
					+ ex.getClass().getSimpleName() + ").");
		}
		boolean last = this.lookahead == null;
		String[] values = new String[CsvColumn.values().length];
		String text = line.text();
		if (text.isBlank()) {
			return new CsvRow(line.number(), values);
		}
		List<String> fields = (text.indexOf('\u0000') >= 0) ? null : fields(text, this.delimiter);
		String defect = defect(line, text, fields);
		if (defect != null) {
			boolean cut = last && !line.terminated();
			return new CsvRow(line.number(), values, cut ? defect + CUT + (line.number() - 1) : defect, cut);
		}
		for (int i = 0; i < fields.size() && i < this.columnsByIndex.length; i++) {
			CsvColumn column = this.columnsByIndex[i];
			if (column != null) {
				values[column.ordinal()] = this.mapping.code(column, unprotect(fields.get(i)));
			}
		}
		return new CsvRow(line.number(), values);
	}

	/** What the reason of a cut last line ends with, followed by the last whole line's number. */
	public static final String CUT = "; filen ser ut til å være kuttet etter linje ";

	/** Why a line cannot be read as a record, given its {@code fields} (read once), or {@code null}. */
	private String defect(PhysicalLines.Line line, String text, List<String> fields) {
		long number = line.number();
		if (text.indexOf('\u0000') >= 0) {
			return "Linje " + number + ": linjen inneholder NUL-tegn (binære data) og leses ikke";
		}
		if (fields == null) {
			return "Linje " + number + ": et anførselstegn på linjen lukkes ikke på samme linje (en post kan ikke gå "
					+ "over flere linjer); linjen leses ikke";
		}
		int expected = this.columnsByIndex.length;
		if (fields.size() < expected) {
			return "Linje " + number + ": raden har " + fields.size() + " felt, overskriften har " + expected;
		}
		for (int i = expected; i < fields.size(); i++) {
			if (!fields.get(i).isBlank()) {
				return "Linje " + number + ": raden har " + fields.size() + " felt, overskriften har " + expected;
			}
		}
		return null;
	}

	/**
	 * The fields of one line: {@code delimiter}-separated, a field may be quoted (a doubled quote is a
	 * quote; text after the closing quote is kept), a quote inside an unquoted field is text.
	 * @return the fields, or {@code null} when a quoted field is not closed on the line
	 */
	static List<String> fields(String line, char delimiter) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (true) {
			field.setLength(0);
			while (i < n && line.charAt(i) == ' ') {
				i++;
			}
			if (i >= n || line.charAt(i) != '"') {
				int end = line.indexOf(delimiter, i);
				fields.add(line.substring(i, (end < 0) ? n : end));
				if (end < 0) {
					return fields;
				}
				i = end + 1;
				continue;
			}
			if (i < n && line.charAt(i) == '"') {
				i++;
				boolean closed = false;
				while (i < n) {
					char c = line.charAt(i++);
					if (c == '"') {
						if (i < n && line.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							closed = true;
							break;
						}
					}
					else {
						field.append(c);
					}
				}
				if (!closed) {
					return null;
				}
			}
			while (i < n && line.charAt(i) != delimiter) {
				field.append(line.charAt(i++));
			}
			fields.add(field.toString());
			if (i >= n) {
				return fields;
			}
			i++;
		}
	}

	/** Bytes of the file consumed so far. */
	public long bytesRead() {
		return this.stream.count();
	}

	@Override
	public void close() throws IOException {
		this.stream.close();
	}

	/** Trimmed, with Excel's text protection {@code ="0301"} removed ({@code 0301}). */
	static String unprotect(String value) {
		String v = value.trim();
		if (v.length() >= 3 && v.charAt(0) == '=' && v.charAt(1) == '"' && v.charAt(v.length() - 1) == '"') {
			return v.substring(2, v.length() - 1).trim();
		}
		return v;
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
			n++;
		}
		return n;
	}

}
