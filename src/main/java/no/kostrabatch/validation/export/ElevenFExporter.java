package no.kostrabatch.validation.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.CsvColumn;
import no.kostrabatch.input.CsvExtract;
import no.kostrabatch.input.CsvRow;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFLineWriter;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.input.InputFileException;
import no.kostrabatch.input.Municipalities;

import org.springframework.lang.Nullable;

/**
 * Turns a year of monthly CSV extracts into the 11F records of that year's layout: one record per
 * person and municipality, support months ticked where bidrag + lån is above 0, monthly and yearly
 * sums, and the attributes of the latest support month. It reads the extracts as delivered and never
 * touches the store, since the 11F file must carry the real identifiers. Memory holds one small
 * state per person (payments per month and the latest row, packed): about 500 bytes per person.
 */
public final class ElevenFExporter {

	/** An exported record and where its latest month came from. */
	public record Exported(String line, String csvFile, long csvLine) {
	}

	/**
	 * A line of an extract that cannot become (part of) an 11F record as delivered: a line that is not a
	 * record of the header's columns, an amount beyond a plausible month, or a value that does not fit
	 * its 11F field (which is then left blank). The message names the line and field, never the value.
	 *
	 * @param csvFile the extract's file name
	 * @param csvLine the physical line of the extract
	 * @param field the 11F field, or {@code null} for the whole line
	 * @param cut whether the extract ends in the middle of this line (it seems cut)
	 */
	public record Problem(String csvFile, long csvLine, ElevenFField field, String message, boolean cut) {
	}

	private static final Set<ElevenFField> MUST_FIT = Set.of(ElevenFField.KOMMUNE_NR, ElevenFField.PERSON_JOURNALNR,
			ElevenFField.PERSON_FODSELSNR, ElevenFField.PERSON_DUF);

	private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu");

	/** The layouts' date formatters, made once per pattern rather than per record. */
	private static final Map<String, DateTimeFormatter> DATE_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

	@Nullable
	private final ColumnMapping mapping;

	private final boolean municipalitiesChecked;

	private Runnable rowRead = () -> {
	};

	/** Exports extracts with our column names and codes. */
	public ElevenFExporter() {
		this(null);
	}

	/** Exports extracts read with a municipality's column mapping ({@code null} for none). */
	public ElevenFExporter(@Nullable ColumnMapping mapping) {
		this(mapping, false);
	}

	/**
	 * As {@link #ElevenFExporter(ColumnMapping)}; with {@code municipalitiesChecked}, a line whose
	 * KOMMUNE_NR is no municipality in the year is a {@link Problem} and becomes no record (the file
	 * for SSB), else it becomes a record as delivered, for the control rules to judge (validate).
	 */
	public ElevenFExporter(@Nullable ColumnMapping mapping, boolean municipalitiesChecked) {
		this.mapping = mapping;
		this.municipalitiesChecked = municipalitiesChecked;
	}

	/** Tells {@code rowRead} of every line read from the extracts, for progress; returns this exporter. */
	public ElevenFExporter onRowRead(Runnable rowRead) {
		this.rowRead = rowRead;
		return this;
	}

	/**
	 * Reads the extracts and hands the records, person by person in order of first appearance.
	 * @throws InputFileException at the first {@link Problem} (one sentence without values): the 11F
	 * file SSB receives must hold every line as delivered
	 */
	public Set<CsvColumn> export(List<Path> csvFiles, int year, Consumer<Exported> out) throws IOException {
		return export(csvFiles, year, out, (problem) -> {
			throw new InputFileException("Linje " + problem.csvLine() + " i " + problem.csvFile() + ": "
					+ problem.message().replaceFirst("^Linje \\d+: ", "") + ".");
		});
	}

	/** As {@link #export(List, int, Consumer)}, handing problems to {@code problems} and going on. */
	public Set<CsvColumn> export(List<Path> csvFiles, int year, Consumer<Exported> out, Consumer<Problem> problems)
			throws IOException {
		Map<String, PersonState> persons = new LinkedHashMap<>();
		Set<CsvColumn> columns = null;
		for (Path file : csvFiles) {
			try (CsvExtract extract = CsvExtract.open(file, this.mapping)) {
				columns = (columns == null) ? extract.columns() : intersect(columns, extract.columns());
				String name = file.getFileName().toString();
				for (CsvRow row = extract.next(); row != null; row = extract.next()) {
					this.rowRead.run();
					if (row.defect() != null) {
						problems.accept(new Problem(name, row.lineNumber(), null, row.defect(), row.cut()));
						continue;
					}
					YearMonth month = month(row);
					if (row.isBlank() || month == null || month.getYear() != year) {
						continue;
					}
					String municipality = row.get(CsvColumn.KOMMUNE_NR);
					if (this.municipalitiesChecked && !Municipalities.exists(municipality, year)) {
						problems.accept(new Problem(name, row.lineNumber(), ElevenFField.KOMMUNE_NR,
								unknownMunicipality(row.lineNumber(), municipality, year), false));
						continue;
					}
					persons.computeIfAbsent(identity(row), (k) -> new PersonState())
						.add(row, month.getMonthValue(), amount(row, CsvColumn.BIDRAG, name, problems),
								amount(row, CsvColumn.LAAN, name, problems), name);
				}
			}
		}
		ElevenFLayout layout = ElevenFLayout.forYear(year);
		for (PersonState person : persons.values()) {
			person.unpack();
			out.accept(new Exported(line(person, layout, year, problems), person.latestFile, person.latestLine));
			person.release();
		}
		return (columns != null) ? columns : Set.of();
	}

	/** The value is shown only as four digits (a municipality number cannot be personal data). */
	static String unknownMunicipality(long line, String found, int year) {
		String what = found.isEmpty() ? "er tomt"
				: found.matches("\\d{4}") ? "har '" + found + "', som ikke er et kommunenummer i " + year
						: "har en verdi som ikke er et kommunenummer (verdien vises ikke)";
		return "Linje " + line + ": feltet KOMMUNE_NR " + what + "; linjen kan ikke bli en 11F-post (rett "
				+ "kommunenummeret i uttrekket)";
	}

	private static Set<CsvColumn> intersect(Set<CsvColumn> a, Set<CsvColumn> b) {
		a.retainAll(b);
		return a;
	}

	static String identity(CsvRow row) {
		String fnr = row.get(CsvColumn.PERSON_FODSELSNR);
		String municipality = row.get(CsvColumn.KOMMUNE_NR);
		if (Fodselsnummer.hasValidCheckDigits(fnr)) {
			return municipality + "|F|" + fnr;
		}
		if (row.has(CsvColumn.PERSON_DUF)) {
			return municipality + "|D|" + row.get(CsvColumn.PERSON_DUF);
		}
		if (row.has(CsvColumn.PERSON_JOURNALNR)) {
			return municipality + "|J|" + row.get(CsvColumn.PERSON_JOURNALNR);
		}
		return municipality + "|R|" + fnr;
	}

	static String line(PersonState p, ElevenFLayout layout, int year, Consumer<Problem> problems) {
		ElevenFLineWriter line = new ElevenFLineWriter(layout);
		Put put = new Put(p, layout, problems);
		CsvRow r = p.latest;
		String municipality = r.get(CsvColumn.KOMMUNE_NR);
		put.put(line, ElevenFField.KOMMUNE_NR, municipality);
		put.put(line, ElevenFField.VERSION, zeroPadded(year % 100, 2));
		put.put(line, ElevenFField.BYDELSNR, "0301".equals(municipality) ? r.get(CsvColumn.BYDELSNR) : "");
		put.put(line, ElevenFField.FODSELSDATO, date(r.get(CsvColumn.FODSELSDATO), DDMMYYYY));
		put.put(line, ElevenFField.PERSON_JOURNALNR, r.get(CsvColumn.PERSON_JOURNALNR));
		put.put(line, ElevenFField.PERSON_FODSELSNR, r.get(CsvColumn.PERSON_FODSELSNR));
		put.put(line, ElevenFField.PERSON_DUF, r.get(CsvColumn.PERSON_DUF));
		put.put(line, ElevenFField.KJONN, r.get(CsvColumn.KJONN));
		put.put(line, ElevenFField.EKTSTAT, r.get(CsvColumn.EKTSTAT));
		String children = r.get(CsvColumn.ANTBU18);
		boolean count = !children.isEmpty() && children.length() <= 3 && isWholeNumber(children)
				&& children.charAt(0) != '+';
		int number = count ? Integer.parseInt(children) : 0;
		String bu18 = r.has(CsvColumn.BU18) ? r.get(CsvColumn.BU18) : (number > 0) ? "1" : "2";
		put.put(line, ElevenFField.BU18, bu18);
		put.put(line, ElevenFField.ANTBU18, (number > 0) ? zeroPadded(number, 2) : count ? "" : children);
		put.put(line, ElevenFField.VKLO, r.get(CsvColumn.VKLO));
		put.put(line, ElevenFField.TRYGDESIT, r.get(CsvColumn.TRYGDESIT));
		put.put(line, ElevenFField.ARBSIT, r.get(CsvColumn.ARBSIT));
		long totalBidrag = 0;
		long totalLaan = 0;
		for (int m = 1; m <= 12; m++) {
			if (p.bidrag[m] + p.laan[m] > 0) {
				put.put(line, ElevenFField.supportMonth(m), zeroPadded(m, 2));
			}
			put.put(line, ElevenFField.bidragMonth(m), (p.bidrag[m] > 0) ? zeroPadded(p.bidrag[m], 7) : "");
			put.put(line, ElevenFField.laanMonth(m), (p.laan[m] > 0) ? zeroPadded(p.laan[m], 7) : "");
			totalBidrag += p.bidrag[m];
			totalLaan += p.laan[m];
		}
		put.put(line, ElevenFField.BIDRAG, zeroPadded(totalBidrag, 7));
		put.put(line, ElevenFField.LAAN, zeroPadded(totalLaan, 7));
		put.put(line, ElevenFField.GITT_OKONOMIRAD, r.get(CsvColumn.GITT_OKONOMIRAD));
		put.put(line, ElevenFField.FAAT_INDIVIDUELL_PLAN, r.get(CsvColumn.FAAT_INDIVIDUELL_PLAN));
		put.put(line, ElevenFField.SAKSBEHANDLER, r.get(CsvColumn.SAKSBEHANDLER));
		put.put(line, ElevenFField.BOSIT, r.get(CsvColumn.BOSIT));
		put.put(line, ElevenFField.VILKARSOSLOV, r.get(CsvColumn.VILKARSOSLOV));
		put.put(line, ElevenFField.VILKARSAMEKT, r.get(CsvColumn.VILKARSAMEKT));
		DateTimeFormatter dates = DATE_FORMATS.computeIfAbsent(layout.datePattern(),
				(pattern) -> DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu")));
		put.put(line, ElevenFField.UTBETDATO, date(r.get(CsvColumn.UTBETDATO), dates));
		put.put(line, ElevenFField.UTBETTOMDATO, date(r.get(CsvColumn.UTBETTOMDATO), dates));
		for (String code : r.get(CsvColumn.VILKAR).split("\\|")) {
			ElevenFField.conditions()
				.stream()
				.filter((f) -> f.codes().contains(code.trim()))
				.forEach((f) -> put.put(line, f, code.trim()));
		}
		return line.toString();
	}

	/** A date from the extract (ddMMyyyy or yyyy-MM-dd) in the layout's pattern; unreadable as is. */
	private static String date(String text, DateTimeFormatter target) {
		if (text.isEmpty()) {
			return "";
		}
		try {
			LocalDate date = text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DDMMYYYY);
			return date.format(target);
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	/** Puts values into their 11F fields; a value that does not fit is a {@link Problem} and left out. */
	private record Put(PersonState p, ElevenFLayout layout, Consumer<Problem> problems) {

		void put(ElevenFLineWriter line, ElevenFField field, String value) {
			if (!this.layout.has(field) || value.isEmpty()) {
				return;
			}
			ElevenFLayout.Span span = this.layout.span(field);
			boolean number = field.type() == no.kostrabatch.input.FieldType.INTEGER;
			if (value.length() > span.size() && (number || MUST_FIT.contains(field))) {
				this.problems.accept(new Problem(this.p.latestFile, this.p.latest.lineNumber(), field,
						"Linje " + this.p.latest.lineNumber() + ": " + field + " blir "
								+ (value.matches("\\d+") ? "et tall på " + value.length() + " sifre"
										: "en verdi på " + value.length() + " tegn")
								+ ", men 11F-feltet har plass til " + span.size() + (number ? " sifre" : " tegn")
								+ " (verdien vises ikke); feltet står tomt i 11F-posten",
						false));
				return;
			}
			if (number) {
				line.putRight(field, value);
			}
			else {
				line.putCut(field, value);
			}
		}

	}

	private static YearMonth month(CsvRow row) {
		String text = row.get(CsvColumn.PERIODE);
		if (text.length() == 7 && text.charAt(4) == '-' && digits(text, 0, 4) && digits(text, 5, 7)) {
			int value = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
			return (value >= 1 && value <= 12) ? YearMonth.of(Integer.parseInt(text, 0, 4, 10), value) : null;
		}
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A whole number of kroner; unreadable counts as 0 and an amount beyond a plausible month is a problem. */
	private static long amount(CsvRow row, CsvColumn column, String file, Consumer<Problem> problems) {
		String text = row.get(column);
		if (!isWholeNumber(text)) {
			return 0;
		}
		int start = (text.charAt(0) == '+') ? 1 : 0;
		while (start < text.length() && text.charAt(start) == '0') {
			start++;
		}
		String digits = text.substring(start);
		if (digits.length() > 6) {
			problems.accept(new Problem(file, row.lineNumber(), ElevenFField.valueOf(column.name()), "Linje "
					+ row.lineNumber() + ": " + column + " har et beløp over 999 999 kr for én måned (verdien vises "
					+ "ikke); det regnes ikke med i 11F-posten", false));
			return 0;
		}
		return digits.isEmpty() ? 0 : Long.parseLong(digits);
	}

	/** Digits, with an optional leading '+' (what {@code \\+?\\d+} matches), without a regular expression per row. */
	private static boolean isWholeNumber(String text) {
		int start = (!text.isEmpty() && text.charAt(0) == '+') ? 1 : 0;
		if (start == text.length()) {
			return false;
		}
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** {@code String.format("%0<width>d", value)} for a value of at least 0, without a formatter per field. */
	private static String zeroPadded(long value, int width) {
		if (value < 0) {
			return String.format("%0" + width + "d", value);
		}
		String digits = Long.toString(value);
		return (digits.length() >= width) ? digits : "0".repeat(width - digits.length()) + digits;
	}

}
