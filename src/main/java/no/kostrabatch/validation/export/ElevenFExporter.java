package no.kostrabatch.validation.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import no.kostrabatch.input.CsvColumn;
import no.kostrabatch.input.CsvExtract;
import no.kostrabatch.input.CsvRow;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.input.InputFileException;

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

	private static final Set<ElevenFField> MUST_FIT = Set.of(ElevenFField.KOMMUNE_NR, ElevenFField.PERSON_JOURNALNR,
			ElevenFField.PERSON_FODSELSNR, ElevenFField.PERSON_DUF);

	private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu");

	/** Reads the extracts and hands the records, person by person in order of first appearance. */
	public Set<CsvColumn> export(List<Path> csvFiles, int year, Consumer<Exported> out) throws IOException {
		Map<String, PersonState> persons = new LinkedHashMap<>();
		Set<CsvColumn> columns = null;
		for (Path file : csvFiles) {
			try (CsvExtract extract = CsvExtract.open(file, null)) {
				columns = (columns == null) ? extract.columns() : intersect(columns, extract.columns());
				for (CsvRow row = extract.next(); row != null; row = extract.next()) {
					YearMonth month = month(row);
					if (month == null || month.getYear() != year) {
						continue;
					}
					persons.computeIfAbsent(identity(row), (k) -> new PersonState())
						.add(row, month.getMonthValue(), amount(row, CsvColumn.BIDRAG), amount(row, CsvColumn.LAAN),
								file.getFileName().toString());
				}
			}
		}
		ElevenFLayout layout = ElevenFLayout.forYear(year);
		for (PersonState person : persons.values()) {
			person.unpack();
			out.accept(new Exported(line(person, layout, year), person.latestFile, person.latestLine));
			person.release();
		}
		return (columns != null) ? columns : Set.of();
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

	static String line(PersonState p, ElevenFLayout layout, int year) {
		char[] line = new char[layout.length()];
		Arrays.fill(line, ' ');
		CsvRow r = p.latest;
		String municipality = r.get(CsvColumn.KOMMUNE_NR);
		put(p, line, layout, ElevenFField.KOMMUNE_NR, municipality);
		put(p, line, layout, ElevenFField.VERSION, String.format("%02d", year % 100));
		put(p, line, layout, ElevenFField.BYDELSNR, "0301".equals(municipality) ? r.get(CsvColumn.BYDELSNR) : "");
		put(p, line, layout, ElevenFField.FODSELSDATO, date(r.get(CsvColumn.FODSELSDATO), DDMMYYYY));
		put(p, line, layout, ElevenFField.PERSON_JOURNALNR, r.get(CsvColumn.PERSON_JOURNALNR));
		put(p, line, layout, ElevenFField.PERSON_FODSELSNR, r.get(CsvColumn.PERSON_FODSELSNR));
		put(p, line, layout, ElevenFField.PERSON_DUF, r.get(CsvColumn.PERSON_DUF));
		put(p, line, layout, ElevenFField.KJONN, r.get(CsvColumn.KJONN));
		put(p, line, layout, ElevenFField.EKTSTAT, r.get(CsvColumn.EKTSTAT));
		String children = r.get(CsvColumn.ANTBU18);
		String bu18 = r.has(CsvColumn.BU18) ? r.get(CsvColumn.BU18)
				: (children.matches("\\d+") && Integer.parseInt(children) > 0) ? "1" : "2";
		put(p, line, layout, ElevenFField.BU18, bu18);
		put(p, line, layout, ElevenFField.ANTBU18, children.matches("\\d+") && Integer.parseInt(children) > 0
				? String.format("%02d", Integer.parseInt(children)) : children.matches("\\d+") ? "" : children);
		put(p, line, layout, ElevenFField.VKLO, r.get(CsvColumn.VKLO));
		put(p, line, layout, ElevenFField.TRYGDESIT, r.get(CsvColumn.TRYGDESIT));
		put(p, line, layout, ElevenFField.ARBSIT, r.get(CsvColumn.ARBSIT));
		long totalBidrag = 0;
		long totalLaan = 0;
		for (int m = 1; m <= 12; m++) {
			if (p.bidrag[m] + p.laan[m] > 0) {
				put(p, line, layout, ElevenFField.supportMonth(m), String.format("%02d", m));
			}
			put(p, line, layout, ElevenFField.bidragMonth(m), (p.bidrag[m] > 0) ? String.format("%07d", p.bidrag[m]) : "");
			put(p, line, layout, ElevenFField.laanMonth(m), (p.laan[m] > 0) ? String.format("%07d", p.laan[m]) : "");
			totalBidrag += p.bidrag[m];
			totalLaan += p.laan[m];
		}
		put(p, line, layout, ElevenFField.BIDRAG, String.format("%07d", totalBidrag));
		put(p, line, layout, ElevenFField.LAAN, String.format("%07d", totalLaan));
		put(p, line, layout, ElevenFField.GITT_OKONOMIRAD, r.get(CsvColumn.GITT_OKONOMIRAD));
		put(p, line, layout, ElevenFField.FAAT_INDIVIDUELL_PLAN, r.get(CsvColumn.FAAT_INDIVIDUELL_PLAN));
		put(p, line, layout, ElevenFField.SAKSBEHANDLER, r.get(CsvColumn.SAKSBEHANDLER));
		put(p, line, layout, ElevenFField.BOSIT, r.get(CsvColumn.BOSIT));
		put(p, line, layout, ElevenFField.VILKARSOSLOV, r.get(CsvColumn.VILKARSOSLOV));
		put(p, line, layout, ElevenFField.VILKARSAMEKT, r.get(CsvColumn.VILKARSAMEKT));
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(layout.datePattern().replace("yyyy", "uuuu").replace("yy", "uu"));
		put(p, line, layout, ElevenFField.UTBETDATO, date(r.get(CsvColumn.UTBETDATO), dates));
		put(p, line, layout, ElevenFField.UTBETTOMDATO, date(r.get(CsvColumn.UTBETTOMDATO), dates));
		for (String code : r.get(CsvColumn.VILKAR).split("\\|")) {
			ElevenFField.conditions()
				.stream()
				.filter((f) -> f.codes().contains(code.trim()))
				.forEach((f) -> put(p, line, layout, f, code.trim()));
		}
		return new String(line);
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

	private static void put(PersonState p, char[] line, ElevenFLayout layout, ElevenFField field, String value) {
		if (!layout.has(field) || value.isEmpty()) {
			return;
		}
		ElevenFLayout.Span span = layout.span(field);
		boolean number = field.type() == no.kostrabatch.input.FieldType.INTEGER;
		if (value.length() > span.size() && ((number && value.matches("\\d+")) || MUST_FIT.contains(field))) {
			throw new InputFileException("Linje " + p.latest.lineNumber() + " i " + p.latestFile + ": " + field + " blir "
					+ (number ? value.replaceFirst("^0+(?=\\d)", "") : "en verdi på " + value.length() + " tegn")
					+ ", men 11F-feltet har plass til " + span.size() + (number ? " sifre." : " tegn."));
		}
		String v = (value.length() > span.size()) ? value.substring(0, span.size()) : value;
		int offset = number ? span.size() - v.length() : 0;
		v.getChars(0, v.length(), line, span.from() - 1 + offset);
	}

	private static YearMonth month(CsvRow row) {
		try {
			return YearMonth.parse(row.get(CsvColumn.PERIODE));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static long amount(CsvRow row, CsvColumn column) {
		try {
			String text = row.get(column);
			return text.isEmpty() ? 0 : Math.max(0, Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
