package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.stream.Collectors;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;

/** What the rules read from a record, as SSB's program reads it. */
public final class Records {

	/** Oslo, the one municipality with districts in 11F. */
	public static final String OSLO = "0301";

	/** Oslo's district numbers. */
	public static final java.util.Set<String> OSLO_DISTRICTS = java.util.Set.of("01", "02", "03", "04", "05", "06",
			"07", "08", "09", "10", "11", "12", "13", "14", "15");

	/** The benefit codes accepted when trygd/pensjon is the main source: every code except 12. */
	public static final java.util.Set<String> TRYGD_WITHOUT_12 = java.util.Set.of("01", "02", "04", "05", "06", "07",
			"09", "10", "11", "13");

	private Records() {
	}

	/** VERSION as a year: blank or non-numeric counts as 0; 1–99 gets 2000 added. */
	public static int version(ElevenFRecord r) {
		long v = r.amount(ElevenFField.VERSION);
		return (v >= 1 && v <= 99) ? (int) v + 2000 : (int) v;
	}

	/** At least one STMND_n holds its own month code. */
	public static boolean anyMonth(ElevenFRecord r) {
		for (int m = 1; m <= 12; m++) {
			if (r.raw(ElevenFField.supportMonth(m)).equals(String.format("%02d", m))) {
				return true;
			}
		}
		return false;
	}

	/** The sum of the twelve monthly bidrag (or lån) fields; blank or non-numeric counts as 0. */
	public static long monthSum(ElevenFRecord r, boolean bidrag) {
		long sum = 0;
		for (int m = 1; m <= 12; m++) {
			sum += r.amount(bidrag ? ElevenFField.bidragMonth(m) : ElevenFField.laanMonth(m));
		}
		return sum;
	}

	/** One finding on a record. */
	public static List<Finding> finding(RuleId rule, ElevenFRecord r, ElevenFField field, String message) {
		return List.of(new Finding(r.lineNumber(), rule, field, r.value(ElevenFField.PERSON_JOURNALNR), message));
	}

	/**
	 * Age as reporting year − birth year from the fødselsnummer, or {@code unknown} when unreadable;
	 * read as the 2024 release reads it for reporting years up to 2024.
	 */
	public static int age(ElevenFRecord r, ValidationContext context, int unknown) {
		String fnr = r.value(ElevenFField.PERSON_FODSELSNR);
		int year = context.reportingYear();
		var age = (year <= 2024) ? Fodselsnummer.ageV2024(fnr, year) : Fodselsnummer.age(fnr, year);
		return age.isPresent() ? age.getAsInt() : unknown;
	}

	/** A field's code is one of its code list (the raw value, as SSB compares it). */
	public static boolean hasCode(ElevenFRecord r, ElevenFField field) {
		return field.codes().contains(r.raw(field));
	}

	/** "1=Mann, 2=Kvinne"-style list of allowed codes. */
	public static String codes(ElevenFField field) {
		return field.codes().stream().collect(Collectors.joining(", "));
	}

	/** A date in the layout's pattern, read as SSB reads it. */
	public static boolean isDate(ElevenFRecord r, ElevenFField field) {
		return r.date(field).isPresent();
	}

	/** A value as shown in a message, never a personal identifier. */
	public static String shown(ElevenFRecord r, ElevenFField field) {
		return "'" + printable(r.value(field)) + "'";
	}

	/** The field exactly as it stands, as SSB shows an amount: {@code '++00005'}, not the number read. */
	public static String rawShown(ElevenFRecord r, ElevenFField field) {
		return "'" + printable(r.raw(field)) + "'";
	}

	/** A code with its name, as SSB shows it: {@code 07=Alderspensjon}. */
	public static String named(ElevenFRecord r, ElevenFField field) {
		return printable(r.raw(field)) + "=" + field.label(r.raw(field));
	}

	/** The codes of a field with their names: {@code [1=Arbeidsinntekt, 2=…]}. */
	public static String namedCodes(ElevenFField field, java.util.Collection<String> codes) {
		return codes.stream().map((code) -> code + "=" + field.label(code)).collect(Collectors.joining(", ", "[", "]"));
	}

	/** Text fit for a report cell: control characters are written as {@code \\uXXXX}. */
	public static String printable(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			s.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return s.toString();
	}

}
