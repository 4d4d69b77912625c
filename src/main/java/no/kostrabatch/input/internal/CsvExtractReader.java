package no.kostrabatch.input.internal;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * (the statistics count it as unknown), a blank code is {@code null}.
 */
public final class CsvExtractReader implements ExtractReader {

	private static final int LOOKAHEAD = 1000;

	private static final String WHOLE_KRONER = "et helt antall kroner, 0 eller mer";

	private final CsvExtract extract;

	private final Pseudonymiser pseudonymiser;

	private final boolean hasChildrenFlag;

	private final int reportingYear;

	private final Deque<CsvRow> pending = new ArrayDeque<>();

	/**
	 * Reads the rows of an opened extract (which this reader closes). The reporting year is the year
	 * of the first readable PERIODE among the first {@value #LOOKAHEAD} rows (0 when there is none).
	 */
	public CsvExtractReader(CsvExtract extract, Pseudonymiser pseudonymiser) {
		this.extract = extract;
		this.pseudonymiser = pseudonymiser;
		this.hasChildrenFlag = extract.columns().contains(CsvColumn.BU18);
		int year = 0;
		for (CsvRow row = extract.next(); row != null; row = (this.pending.size() < LOOKAHEAD) ? extract.next() : null) {
			this.pending.add(row);
			YearMonth month = month(row.get(CsvColumn.PERIODE));
			if (month != null) {
				year = month.getYear();
				break;
			}
		}
		this.reportingYear = year;
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
		CsvRow row = this.pending.isEmpty() ? this.extract.next() : this.pending.poll();
		return (row != null) ? parse(row) : null;
	}

	ParsedLine parse(CsvRow row) {
		long line = row.lineNumber();
		if (row.defect() != null) {
			return rejected(row.defect(), line);
		}
		if (row.isBlank()) {
			return new ParsedLine.Blank(line);
		}
		String municipality = row.get(CsvColumn.KOMMUNE_NR);
		if (!Reasons.isMunicipality(municipality)) {
			return rejected(Reasons.field(line, "KOMMUNE_NR", municipality, Reasons.MUNICIPALITY_LIKE,
					"en verdi som ikke er et kommunenummer", "fire sifre"), line);
		}
		YearMonth month = month(row.get(CsvColumn.PERIODE));
		if (month == null) {
			return rejected(Reasons.field(line, "PERIODE", row.get(CsvColumn.PERIODE), Reasons.MONTH_LIKE,
					"en verdi som ikke er en måned", "ÅÅÅÅ-MM"), line);
		}
		if (!ReferenceCodes.isMunicipality(municipality, month.getYear())) {
			return rejected(Reasons.unknownMunicipality(line, municipality, month.getYear()), line);
		}
		long bidrag = amount(row.get(CsvColumn.BIDRAG));
		if (bidrag < 0) {
			return rejected(Reasons.field(line, "BIDRAG", row.get(CsvColumn.BIDRAG), Reasons.AMOUNT_LIKE,
					"en verdi som ikke er et tall", WHOLE_KRONER), line);
		}
		if (bidrag > ReferenceCodes.MAX_MONTHLY_AMOUNT) {
			return rejected(Reasons.tooLarge(line, "BIDRAG"), line);
		}
		long laan = amount(row.get(CsvColumn.LAAN));
		if (laan < 0) {
			return rejected(Reasons.field(line, "LAAN", row.get(CsvColumn.LAAN), Reasons.AMOUNT_LIKE,
					"en verdi som ikke er et tall", WHOLE_KRONER), line);
		}
		if (laan > ReferenceCodes.MAX_MONTHLY_AMOUNT) {
			return rejected(Reasons.tooLarge(line, "LAAN"), line);
		}
		String fnr = row.get(CsvColumn.PERSON_FODSELSNR);
		Optional<String> key = this.pseudonymiser.personKey(fnr, row.get(CsvColumn.PERSON_DUF), municipality,
				row.get(CsvColumn.PERSON_JOURNALNR));
		if (key.isEmpty()) {
			return rejected(Reasons.noPerson(line), line);
		}
		String childrenFlag = this.hasChildrenFlag ? code(row, CsvColumn.BU18) : childrenFlag(row);
		PersonMonth fact = new PersonMonth(municipality,
				ReferenceCodes.district(municipality, row.get(CsvColumn.BYDELSNR)), month, key.get(),
				BirthYears.of(fnr, row.get(CsvColumn.FODSELSDATO), month.getYear()), code(row, CsvColumn.KJONN),
				code(row, CsvColumn.EKTSTAT), childrenFlag, integerOrNull(row.get(CsvColumn.ANTBU18)),
				code(row, CsvColumn.VKLO), code(row, CsvColumn.TRYGDESIT), code(row, CsvColumn.ARBSIT),
				code(row, CsvColumn.BOSIT), citizenship(row.get(CsvColumn.STATSBORGERSKAP)), bidrag, laan,
				bidrag + laan > 0, line);
		return new ParsedLine.Facts(line, List.of(fact));
	}

	/** Without a BU18 column the flag follows ANTBU18: children → 1, none or blank → 2, unreadable → null. */
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

	private static ParsedLine rejected(String reason, long line) {
		return new ParsedLine.Rejected(line, reason);
	}

	/** {@code YYYY-MM}, or {@code null}. */
	static YearMonth month(String text) {
		if (text.length() != 7 || text.charAt(4) != '-' || !Reasons.isDigits(text, 0, 4)
				|| !Reasons.isDigits(text, 5, 7)) {
			return null;
		}
		int month = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
		return (month >= 1 && month <= 12) ? YearMonth.of(Integer.parseInt(text, 0, 4, 10), month) : null;
	}

	/**
	 * A whole number of kroner, 0 when blank, −1 when unreadable or negative; a number of more than
	 * nine digits is {@link Long#MAX_VALUE} (too large, never parsed).
	 */
	static long amount(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		if (!Reasons.isDigits(text, 0, text.length())) {
			return (text.charAt(0) == '+' && text.length() > 1 && Reasons.isDigits(text, 1, text.length()))
					? amount(text.substring(1)) : -1;
		}
		return (text.length() > 9) ? Long.MAX_VALUE : Long.parseLong(text);
	}

	/** A count of at most three digits, else {@code null} (unknown; a longer number is never stored). */
	static Integer integerOrNull(String text) {
		if (text.isEmpty() || text.length() > 3 || !Reasons.isDigits(text, 0, text.length())) {
			return null;
		}
		return Integer.valueOf(text);
	}

	private static String code(CsvRow row, CsvColumn column) {
		return ReferenceCodes.code(row.get(column));
	}

	private static String citizenship(String text) {
		return ReferenceCodes.country(text.toUpperCase(Locale.ROOT));
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
