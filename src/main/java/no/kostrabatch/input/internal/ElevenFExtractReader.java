package no.kostrabatch.input.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;

import no.kostrabatch.input.CsvExtract;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.ExtractFormat;
import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.Pseudonymiser;

/**
 * Reads an 11F file line by line. The layout comes from the record length (324: 2024, 338:
 * 2025/2026) and the reporting year from VERSION; a line of another length or with a TAB is rejected.
 */
public final class ElevenFExtractReader implements ExtractReader {

	private final TextFiles.CountingInputStream stream;

	private final PhysicalLines reader;

	private final ElevenFLayout layout;

	private final int reportingYear;

	private final ElevenFFacts facts;

	private final String encoding;

	private PhysicalLines.Line lookahead;

	private boolean started;

	/**
	 * @param record a line of the file with a layout's length: it decides the layout and, by its
	 * VERSION, the reporting year
	 */
	public ElevenFExtractReader(Path file, Pseudonymiser pseudonymiser, String record, TextFiles.Encoding encoding)
			throws IOException {
		ElevenFLayout byLength = ElevenFLayout.forLineLength(record.length()).orElseThrow();
		this.reportingYear = yearOf(record, byLength);
		this.layout = ElevenFLayout.forYear(this.reportingYear);
		this.stream = TextFiles.open(file, encoding);
		this.reader = new PhysicalLines(new InputStreamReader(this.stream, encoding.charset()));
		this.facts = new ElevenFFacts(pseudonymiser);
		this.encoding = encoding.describe();
	}

	@Override
	public ExtractFormat format() {
		return ExtractFormat.ELEVEN_F;
	}

	@Override
	public int reportingYear() {
		return this.reportingYear;
	}

	@Override
	public String description() {
		return "KOSTRA 11F, " + this.layout.year() + "-format (" + this.layout.length() + " tegn), " + this.encoding;
	}

	/**
	 * The next line: a blank line is {@link ParsedLine.Blank}; a line of another length or with a TAB
	 * is rejected, and a last line shorter than the record that has no line end is reported as cut.
	 */
	@Override
	public ParsedLine next() throws IOException {
		if (!this.started) {
			this.lookahead = this.reader.next();
			this.started = true;
		}
		PhysicalLines.Line line = this.lookahead;
		if (line == null) {
			return null;
		}
		this.lookahead = this.reader.next();
		long number = line.number();
		String text = line.text();
		if (text.isBlank()) {
			return new ParsedLine.Blank(number);
		}
		if (text.indexOf('\t') >= 0) {
			return new ParsedLine.Rejected(number,
					"Linje " + number + ": linjen inneholder tabulator; 11F-filen skal ha mellomrom i tomme felt");
		}
		if (text.length() != this.layout.length()) {
			boolean cut = this.lookahead == null && !line.terminated() && text.length() < this.layout.length();
			return new ParsedLine.Rejected(number, "Linje " + number + ": linjen har " + text.length() + " tegn, forventet "
					+ this.layout.length() + " (" + this.layout.year() + "-formatet)"
					+ (cut ? CsvExtract.CUT + (number - 1) : ""));
		}
		return this.facts.of(new ElevenFRecord(this.layout, number, text), this.reportingYear);
	}

	static int yearOf(String line, ElevenFLayout layout) {
		String version = new ElevenFRecord(layout, 1, line).value(ElevenFField.VERSION);
		if (version.matches("\\d{2}")) {
			int year = 2000 + Integer.parseInt(version);
			if (year >= ElevenFLayout.YEARS.get(0) && ElevenFLayout.forYear(year).length() == layout.length()) {
				return year;
			}
		}
		return layout.year();
	}

	@Override
	public long bytesRead() {
		return this.stream.count();
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
