package no.kostrabatch.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import no.kostrabatch.input.internal.TextFiles;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the raw rows of a monthly CSV extract: header required (names case-insensitive, mapped by
 * an optional {@link ColumnMapping}), the delimiter ({@code ;}, {@code ,}, tab or {@code |}) the header holds most of, UTF-8 with or
 * without BOM or Windows-1252 detected, CRLF or LF, quoted fields, and Excel's text-protected
 * {@code ="0301"} fields. Line numbers are physical (the header is line 1); blank rows and rows of
 * delimiters only are skipped.
 */
public final class CsvExtract implements Closeable {

	private final String fileName;

	private final TextFiles.Encoding encoding;

	private final TextFiles.CountingInputStream stream;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final CsvColumn[] columnsByIndex;

	private final Set<CsvColumn> columns = EnumSet.noneOf(CsvColumn.class);

	private final ColumnMapping mapping;

	/** The delimiters a header is looked at for, in order of preference when counts tie. */
	private static final char[] DELIMITERS = { ';', ',', '\t', '|' };

	private final char delimiter;

	private long lastLine;

	private CsvExtract(Path file, ColumnMapping mapping, TextFiles.Encoding encoding) throws IOException {
		this.fileName = String.valueOf(file.getFileName());
		this.mapping = (mapping != null) ? mapping : ColumnMapping.none();
		this.encoding = encoding;
		this.stream = TextFiles.open(file, encoding);
		try {
			BufferedReader reader = new BufferedReader(new InputStreamReader(this.stream, encoding.charset()), 65536);
			this.delimiter = delimiter(reader);
			this.parser = CSVFormat.DEFAULT.builder()
				.setDelimiter(this.delimiter)
				.setIgnoreEmptyLines(true)
				.setIgnoreSurroundingSpaces(true)
				.setTrailingData(true)
				.get()
				.parse(reader);
			this.records = this.parser.iterator();
			CSVRecord header = nextRecord();
			this.lastLine = this.parser.getCurrentLineNumber();
			this.columnsByIndex = new CsvColumn[header.size()];
			for (int i = 0; i < header.size(); i++) {
				CsvColumn column = this.mapping.column(unprotect(header.get(i)));
				if (column != null && !this.columns.add(column)) {
					throw new InputFileException(this.fileName + " has the column " + column + " twice in its header.");
				}
				this.columnsByIndex[i] = column;
			}
			checkColumns();
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

	private char delimiter(BufferedReader reader) throws IOException {
		reader.mark(1 << 20);
		String header = reader.readLine();
		while (header != null && header.isBlank()) {
			header = reader.readLine();
		}
		if (header == null) {
			throw new InputFileException(this.fileName + " is empty.");
		}
		reader.reset();
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
	 * The next data row, or {@code null} at the end. A row with too few fields gets blanks.
	 * @throws InputFileException when the rest of the file cannot be parsed (a quote never closed)
	 */
	public CsvRow next() {
		while (true) {
			CSVRecord record = nextRecord();
			if (record == null) {
				return null;
			}
			long firstLine = this.lastLine + 1;
			this.lastLine = this.parser.getCurrentLineNumber();
			String[] values = new String[CsvColumn.values().length];
			for (int i = 0; i < record.size() && i < this.columnsByIndex.length; i++) {
				CsvColumn column = this.columnsByIndex[i];
				if (column != null) {
					values[column.ordinal()] = this.mapping.code(column, unprotect(record.get(i)));
				}
			}
			CsvRow row = new CsvRow(Math.max(firstLine, this.lastLine - newlines(record)), values);
			if (!row.isBlank()) {
				return row;
			}
		}
	}

	private CSVRecord nextRecord() {
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (UncheckedIOException ex) {
			String cause = String.valueOf(ex.getCause().getMessage());
			if (cause.contains("EOF") && cause.contains("encapsulated")) {
				throw new InputFileException(this.fileName + " cannot be read after line " + this.lastLine
						+ ": a quoted field that starts there is never closed (check the quotes).");
			}
			throw new InputFileException(this.fileName + " cannot be read after line " + this.lastLine + " ("
					+ ex.getCause().getClass().getSimpleName() + ").");
		}
	}

	private static long newlines(CSVRecord record) {
		long n = 0;
		for (String value : record) {
			for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
				n++;
			}
		}
		return n;
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
