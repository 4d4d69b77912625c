package no.kostrabatch.input.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.CsvColumn;
import no.kostrabatch.input.CsvExtract;
import no.kostrabatch.input.CsvRow;
import no.kostrabatch.input.ExtractFormat;
import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.input.Pseudonymiser;

/**
 * Turns the rows of a CSV extract into person-month facts, pseudonymised. A row whose municipality,
 * month, amounts or person cannot be read is rejected with the field named; an invalid code is kept
 * (the statistics count it as unknown).
 */
public final class CsvExtractReader implements ExtractReader {

	private final CsvExtract extract;

	private final Pseudonymiser pseudonymiser;

	private final boolean hasChildrenFlag;

	private CsvRow pending;

	private final int reportingYear;

	public CsvExtractReader(Path file, Pseudonymiser pseudonymiser, ColumnMapping mapping) throws IOException {
		this.extract = CsvExtract.open(file, mapping);
		this.pseudonymiser = pseudonymiser;
		this.hasChildrenFlag = this.extract.columns().contains(CsvColumn.BU18);
		this.pending = this.extract.next();
		this.reportingYear = (this.pending != null) ? yearOf(this.pending) : 0;
	}

	@Override
	public ExtractFormat format() {
		return ExtractFormat.CSV;
	}

	@Override
	public int reportingYear() {
		return this.reportingYear;
	}

	@Override
	public String description() {
		return this.extract.description();
	}

	@Override
	public ParsedLine next() {
		CsvRow row = this.pending;
		if (row == null) {
			return null;
		}
		this.pending = this.extract.next();
		return parse(row);
	}

	ParsedLine parse(CsvRow row) {
		long line = row.lineNumber();
		String municipality = row.get(CsvColumn.KOMMUNE_NR);
		if (!municipality.matches("\\d{4}")) {
			return reject(line, "KOMMUNE_NR", municipality, "fire sifre");
		}
		YearMonth month;
		try {
			month = YearMonth.parse(row.get(CsvColumn.PERIODE));
		}
		catch (DateTimeParseException ex) {
			return reject(line, "PERIODE", row.get(CsvColumn.PERIODE), "ÅÅÅÅ-MM");
		}
		Optional<Long> bidrag = amount(row.get(CsvColumn.BIDRAG));
		if (bidrag.isEmpty()) {
			return reject(line, "BIDRAG", row.get(CsvColumn.BIDRAG), "et helt antall kroner, 0 eller mer");
		}
		Optional<Long> laan = amount(row.get(CsvColumn.LAAN));
		if (laan.isEmpty()) {
			return reject(line, "LAAN", row.get(CsvColumn.LAAN), "et helt antall kroner, 0 eller mer");
		}
		String fnr = row.get(CsvColumn.PERSON_FODSELSNR);
		Optional<String> key = this.pseudonymiser.personKey(fnr, row.get(CsvColumn.PERSON_DUF), municipality,
				row.get(CsvColumn.PERSON_JOURNALNR));
		if (key.isEmpty()) {
			return new ParsedLine.Rejected(line,
					"Linje " + line + ": mangler personidentifikasjon (PERSON_FODSELSNR, PERSON_DUF og PERSON_JOURNALNR er tomme)");
		}
		Integer children = integerOrNull(row.get(CsvColumn.ANTBU18));
		String childrenFlag = this.hasChildrenFlag ? blankToNull(row.get(CsvColumn.BU18)) : childrenFlag(row);
		PersonMonth fact = new PersonMonth(municipality, blankToNull(row.get(CsvColumn.BYDELSNR)), month, key.get(),
				BirthYears.of(fnr, row.get(CsvColumn.FODSELSDATO), month.getYear()), blankToNull(row.get(CsvColumn.KJONN)),
				blankToNull(row.get(CsvColumn.EKTSTAT)), childrenFlag, children, blankToNull(row.get(CsvColumn.VKLO)),
				blankToNull(row.get(CsvColumn.TRYGDESIT)), blankToNull(row.get(CsvColumn.ARBSIT)),
				blankToNull(row.get(CsvColumn.BOSIT)), citizenship(row.get(CsvColumn.STATSBORGERSKAP)), bidrag.get(),
				laan.get(), bidrag.get() + laan.get() > 0, line);
		return new ParsedLine.Facts(line, List.of(fact));
	}

	/** Without a BU18 column the flag follows ANTBU18: children → 1, none → 2, unreadable → unknown. */
	private static String childrenFlag(CsvRow row) {
		String text = row.get(CsvColumn.ANTBU18);
		if (text.isEmpty()) {
			return "2";
		}
		Integer count = integerOrNull(text);
		if (count == null || count < 0) {
			return null;
		}
		return (count > 0) ? "1" : "2";
	}

	private static ParsedLine reject(long line, String field, String found, String expected) {
		String shown = found.matches(".*\\d{6,}.*") ? "(verdi utelatt: ligner et personnummer)"
				: (found.length() > 20) ? found.substring(0, 20) + "…" : found;
		return new ParsedLine.Rejected(line, "Linje " + line + ": feltet " + field + " har '" + shown + "', forventet "
				+ expected);
	}

	private static Optional<Long> amount(String text) {
		if (text.isEmpty()) {
			return Optional.of(0L);
		}
		try {
			long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
			return (value < 0) ? Optional.empty() : Optional.of(value);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Integer integerOrNull(String text) {
		try {
			return text.isEmpty() ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String citizenship(String text) {
		return text.isEmpty() ? null : text.toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private static int yearOf(CsvRow row) {
		try {
			return YearMonth.parse(row.get(CsvColumn.PERIODE)).getYear();
		}
		catch (DateTimeParseException ex) {
			return 0;
		}
	}

	@Override
	public long bytesRead() {
		return this.extract.bytesRead();
	}

	@Override
	public void close() throws IOException {
		this.extract.close();
	}

}
