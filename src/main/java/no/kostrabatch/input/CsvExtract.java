package no.kostrabatch.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.internal.TextFiles;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the raw rows of a monthly CSV extract: header required (names case-insensitive, mapped by
 * an optional {@link ColumnMapping}), {@code ;} or {@code ,} detected from the header, UTF-8 with or
 * without BOM or Windows-1252 detected, CRLF or LF, quoted fields, and Excel's text-protected
 * {@code ="0301"} fields. Line numbers are physical (the header is line 1).
 */
public final class CsvExtract implements Closeable {

	private final TextFiles.Encoding encoding;

	private final TextFiles.CountingInputStream stream;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final CsvColumn[] columnsByIndex;

	private final Set<CsvColumn> columns;

	private final ColumnMapping mapping;

	private final char delimiter;

	private long lastLine;

	private CsvExtract(Path file, ColumnMapping mapping) throws IOException {
		this.mapping = (mapping != null) ? mapping : ColumnMapping.none();
		this.encoding = TextFiles.detect(file);
		this.stream = TextFiles.open(file, this.encoding);
		BufferedReader reader = new BufferedReader(new InputStreamReader(this.stream, this.encoding.charset()), 65536);
		reader.mark(1 << 16);
		String header = reader.readLine();
		while (header != null && header.isBlank()) {
			header = reader.readLine();
		}
		if (header == null) {
			this.stream.close();
			throw new InputFileException(file.getFileName() + " is empty.");
		}
		reader.reset();
		this.delimiter = (count(header, ';') >= count(header, ',')) ? ';' : ',';
		this.parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(this.delimiter)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get()
			.parse(reader);
		this.records = this.parser.iterator();
		CSVRecord headerRecord = this.records.next();
		this.lastLine = this.parser.getCurrentLineNumber();
		this.columnsByIndex = new CsvColumn[headerRecord.size()];
		this.columns = EnumSet.noneOf(CsvColumn.class);
		for (int i = 0; i < headerRecord.size(); i++) {
			CsvColumn column = this.mapping.column(unprotect(headerRecord.get(i)).replace("\uFEFF", ""));
			this.columnsByIndex[i] = column;
			if (column != null) {
				this.columns.add(column);
			}
		}
		checkColumns(file);
	}

	/** Opens an extract; a file without the required columns gives one sentence naming them. */
	public static CsvExtract open(Path file, ColumnMapping mapping) throws IOException {
		return new CsvExtract(file, mapping);
	}

	private void checkColumns(Path file) throws IOException {
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
			close();
			throw new InputFileException(file.getFileName() + " is not a CSV extract with the required columns: "
					+ String.join(", ", missing) + " missing from the header.");
		}
	}

	/** The columns the file carries. */
	public Set<CsvColumn> columns() {
		return EnumSet.copyOf(this.columns);
	}

	/** E.g. "CSV (UTF-8 med BOM, skilletegn ';')". */
	public String description() {
		return "CSV (" + this.encoding.describe() + ", skilletegn '" + this.delimiter + "')";
	}

	/** The next data row, or {@code null} at the end. A row with too few fields gets blanks. */
	public CsvRow next() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			long firstLine = this.lastLine + 1;
			this.lastLine = this.parser.getCurrentLineNumber();
			Map<CsvColumn, String> values = new EnumMap<>(CsvColumn.class);
			for (int i = 0; i < record.size() && i < this.columnsByIndex.length; i++) {
				CsvColumn column = this.columnsByIndex[i];
				if (column != null) {
					values.put(column, this.mapping.code(column, unprotect(record.get(i)).trim()));
				}
			}
			return new CsvRow(Math.max(firstLine, lineOf(record)), values);
		}
		catch (UncheckedIOException ex) {
			throw new InputFileException("The CSV file cannot be read after line " + this.lastLine + ": "
					+ ex.getCause().getMessage());
		}
	}

	private long lineOf(CSVRecord record) {
		return this.lastLine - countNewlines(record);
	}

	private static long countNewlines(CSVRecord record) {
		long n = 0;
		for (String value : record) {
			for (int i = 0; i < value.length(); i++) {
				if (value.charAt(i) == '\n') {
					n++;
				}
			}
		}
		return n;
	}

	public long bytesRead() {
		return this.stream.count();
	}

	@Override
	public void close() throws IOException {
		this.stream.close();
	}

	/** Excel's text protection {@code ="0301"} → {@code 0301}. */
	static String unprotect(String value) {
		String v = value.trim();
		if (v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"")) {
			return v.substring(2, v.length() - 1);
		}
		return v;
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}
