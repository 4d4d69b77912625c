package no.kostrabatch.validation.differential;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFLineWriter;
import no.kostrabatch.input.FieldType;
import no.kostrabatch.input.Fodselsnummer;

/**
 * Valid 11F records for a reporting year and municipality, and mutations of them: every field blank,
 * at its bounds, with wrong codes, odd characters (control characters, Unicode spaces and digits,
 * doubled signs), and the combinations the cross-field rules look at. One mutation per record.
 */
final class ElevenFMutator {

	/** One change to a valid record: fields and their new values (unpadded values are left-aligned). */
	record Mutation(String name, Map<ElevenFField, String> values) {

		static Mutation of(String name, Object... fieldsAndValues) {
			Map<ElevenFField, String> values = new LinkedHashMap<>();
			for (int i = 0; i < fieldsAndValues.length; i += 2) {
				values.put((ElevenFField) fieldsAndValues[i], (String) fieldsAndValues[i + 1]);
			}
			return new Mutation(name, values);
		}

	}

	private static final String ODD_BLANKS = "\u00A0\u2003\u3000";

	private final int year;

	private final String municipality;

	private final ElevenFLayout layout;

	ElevenFMutator(int year, String municipality) {
		this.year = year;
		this.municipality = municipality;
		this.layout = ElevenFLayout.forYear(year);
	}

	ElevenFLayout layout() {
		return this.layout;
	}

	/** The valid record number {@code index}: its own journal number and fødselsnummer. */
	Map<ElevenFField, String> baseline(int index) {
		Map<ElevenFField, String> f = new EnumMap<>(ElevenFField.class);
		int birthYear = 1950 + index % 50;
		String fnr = fnr(birthYear, 1 + index % 28, 1 + (index / 28) % 12, index);
		f.put(ElevenFField.KOMMUNE_NR, this.municipality);
		f.put(ElevenFField.VERSION, String.format("%02d", this.year % 100));
		f.put(ElevenFField.BYDELSNR, "0301".equals(this.municipality) ? String.format("%02d", 1 + index % 15) : "");
		f.put(ElevenFField.FODSELSDATO, date(fnr.substring(0, 2), fnr.substring(2, 4), birthYear));
		f.put(ElevenFField.PERSON_JOURNALNR, String.format("J%07d", index));
		f.put(ElevenFField.PERSON_FODSELSNR, fnr);
		f.put(ElevenFField.KJONN, String.valueOf(1 + index % 2));
		f.put(ElevenFField.EKTSTAT, "1");
		f.put(ElevenFField.BU18, "2");
		f.put(ElevenFField.ANTBU18, "00");
		f.put(ElevenFField.VKLO, "5");
		f.put(ElevenFField.TRYGDESIT, "12");
		f.put(ElevenFField.ARBSIT, "07");
		f.put(ElevenFField.STMND_1, "01");
		f.put(ElevenFField.STMND_2, "02");
		f.put(ElevenFField.BIDRAG, "0012000");
		f.put(ElevenFField.LAAN, "0001000");
		f.put(ElevenFField.BIDRAG_JAN, "0006000");
		f.put(ElevenFField.BIDRAG_FEB, "0006000");
		f.put(ElevenFField.LAAN_FEB, "0001000");
		f.put(ElevenFField.GITT_OKONOMIRAD, "2");
		f.put(ElevenFField.FAAT_INDIVIDUELL_PLAN, "2");
		f.put(ElevenFField.SAKSBEHANDLER, "SB" + index % 7);
		f.put(ElevenFField.BOSIT, "1");
		f.put(ElevenFField.VILKARSOSLOV, "2");
		f.put(ElevenFField.VILKARSAMEKT, "2");
		return f;
	}

	/** The line of a record: values padded into their positions (cut when too long). */
	String line(Map<ElevenFField, String> fields) {
		ElevenFLineWriter line = new ElevenFLineWriter(this.layout);
		fields.forEach((field, value) -> {
			if (line.has(field)) {
				line.putCut(field, value);
			}
		});
		return line.toString();
	}

	/** Record {@code index} with a mutation applied. */
	String mutated(int index, Mutation mutation) {
		Map<ElevenFField, String> fields = baseline(index);
		fields.putAll(mutation.values());
		return line(fields);
	}

	/** Every mutation, in a fixed order. */
	List<Mutation> all() {
		List<Mutation> all = new ArrayList<>();
		for (ElevenFField field : this.layout.fields()) {
			all.addAll(forField(field));
		}
		all.addAll(crossField());
		return all;
	}

	/**
	 * A random mutation (for the bigger campaign): one of {@link #all()}, random characters in a random
	 * field, or a random combination of the fields the cross-field rules read.
	 */
	Mutation random(Random random, List<Mutation> all) {
		int kind = random.nextInt(4);
		if (kind < 2) {
			return all.get(random.nextInt(all.size()));
		}
		if (kind == 2) {
			List<ElevenFField> fields = this.layout.fields();
			ElevenFField field = fields.get(random.nextInt(fields.size()));
			int size = this.layout.span(field).size();
			String alphabet = "0123456789 +-A\u0000\u00A0１";
			StringBuilder value = new StringBuilder();
			for (int i = 0; i < size; i++) {
				value.append(alphabet.charAt(random.nextInt((random.nextBoolean()) ? 10 : alphabet.length())));
			}
			return Mutation.of(field + " random", field, value.toString());
		}
		Map<ElevenFField, String> values = new LinkedHashMap<>();
		values.put(ElevenFField.VKLO, pick(random, ElevenFField.VKLO.codes(), "0", " "));
		values.put(ElevenFField.TRYGDESIT, pick(random, ElevenFField.TRYGDESIT.codes(), "03", "  "));
		values.put(ElevenFField.ARBSIT, pick(random, ElevenFField.ARBSIT.codes(), "11", "  "));
		values.put(ElevenFField.BU18, pick(random, ElevenFField.BU18.codes(), "3", " "));
		values.put(ElevenFField.ANTBU18, String.format("%02d", random.nextInt(16)));
		int age = random.nextInt(110);
		values.put(ElevenFField.PERSON_FODSELSNR, fnr(this.year - age, 1 + random.nextInt(28), 1 + random.nextInt(12),
				random.nextInt(1000)));
		values.put(ElevenFField.VILKARSOSLOV, pick(random, ElevenFField.VILKARSOSLOV.codes(), "3", " "));
		long bidrag = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(1_200_000);
		long laan = random.nextInt(3) == 0 ? 0 : random.nextInt(50_000);
		values.put(ElevenFField.BIDRAG, String.format("%07d", bidrag));
		values.put(ElevenFField.LAAN, String.format("%07d", laan));
		values.put(ElevenFField.BIDRAG_JAN, String.format("%07d", bidrag - 6000 + random.nextInt(2)));
		values.put(ElevenFField.LAAN_FEB, String.format("%07d", Math.max(0, laan - 1000 + random.nextInt(2))));
		return new Mutation("random combination " + values.values(), values);
	}

	private static String pick(Random random, List<String> codes, String... wrong) {
		int i = random.nextInt(codes.size() + wrong.length);
		return (i < codes.size()) ? codes.get(i) : wrong[i - codes.size()];
	}

	private List<Mutation> forField(ElevenFField field) {
		int size = this.layout.span(field).size();
		List<String> values = new ArrayList<>();
		values.add("");
		values.add(" ".repeat(size));
		values.add("0".repeat(size));
		values.add("9".repeat(size));
		values.add("\u0000".repeat(size));
		values.add("\u0001");
		values.add("X".repeat(size));
		for (char blank : ODD_BLANKS.toCharArray()) {
			values.add(String.valueOf(blank).repeat(size));
		}
		values.add("\u00A0" + "1".repeat(Math.max(0, size - 1)));
		values.add("1" + "\u0000".repeat(Math.max(0, size - 1)));
		values.add("1".repeat(Math.max(0, size - 1)) + "\u00A0");
		if (!field.codes().isEmpty()) {
			for (String code : field.codes()) {
				values.add(code);
				if (code.length() == 2 && code.startsWith("0")) {
					values.add(code.substring(1));
					values.add(" " + code.substring(1));
				}
				values.add(fullWidth(code));
				values.add("\u00A0".repeat(Math.max(0, size - code.length())) + code);
			}
			values.add((size == 1) ? "0" : "00");
			values.add((size == 1) ? "7" : "03");
			values.add((size == 1) ? "-" : "14");
			values.add((size == 1) ? "a" : "99");
		}
		if (field.type() == FieldType.INTEGER) {
			values.addAll(amounts(size));
		}
		if (field.type() == FieldType.DATE) {
			values.addAll(dates());
		}
		List<Mutation> mutations = new ArrayList<>();
		for (String value : values) {
			mutations.add(Mutation.of(field + "='" + value + "'", field, value));
			if (field == ElevenFField.UTBETDATO || field == ElevenFField.UTBETTOMDATO) {
				mutations.add(Mutation.of(field + "='" + value + "' with VILKARSOSLOV=1", field, value,
						ElevenFField.VILKARSOSLOV, "1", ElevenFField.VILKARARBEID, "16"));
			}
		}
		mutations.addAll(specific(field));
		return mutations;
	}

	private List<String> amounts(int size) {
		List<String> values = new ArrayList<>();
		String five = "0".repeat(size - 1) + "5";
		values.add(five);
		values.add("++" + five.substring(2));
		values.add("+-" + five.substring(2));
		values.add("--" + five.substring(2));
		values.add("-" + five.substring(1));
		values.add("+" + five.substring(1));
		values.add("5");
		values.add(" ".repeat(size - 1) + "5");
		values.add("1 5");
		values.add(fullWidth(five));
		values.add(fullWidth("1000"));
		values.add("\u0000".repeat(size - 1) + "5");
		values.add("\u0001" + five.substring(1));
		values.add("\u00A0".repeat(size - 1) + "5");
		values.add("\u3000".repeat(size - 1) + "5");
		values.add("1e3");
		values.add("0x1");
		values.add("1.5");
		values.add("٣");
		values.add("- 5");
		return values;
	}

	private List<String> dates() {
		List<String> values = new ArrayList<>();
		boolean four = this.layout.datePattern().contains("yyyy");
		for (String d : List.of("0101", "2902", "3004", "3104", "3102", "0001", "3201", "0113", "0100", "1212")) {
			for (String y : List.of("0000", "1900", "2023", "2024", "2025", "9999", "0001")) {
				values.add(d + (four ? y : y.substring(2)));
			}
		}
		values.add(four ? "1.1.2025" : "1.1.25");
		values.add(four ? "01-01-25" : "1-1-25");
		values.add(fullWidth(four ? "01012025" : "010125"));
		values.add(four ? "0101202 " : "01012 ");
		values.add(four ? " 1012025" : " 10125");
		values.add(four ? "+1012025" : "+10125");
		values.add(four ? "01012025" : "010125");
		return values;
	}

	private List<Mutation> specific(ElevenFField field) {
		List<Mutation> m = new ArrayList<>();
		switch (field) {
			case KOMMUNE_NR -> {
				m.add(Mutation.of("KOMMUNE_NR other", field, "0301".equals(this.municipality) ? "1103" : "0301"));
				m.add(Mutation.of("KOMMUNE_NR 5001", field, "5001"));
				m.add(Mutation.of("KOMMUNE_NR ' 301'", field, " 301"));
			}
			case VERSION -> {
				for (String v : List.of("24", "25", "26", "27", "00", "99", "2", " 5", "+5", "-5", fullWidth("26"))) {
					m.add(Mutation.of("VERSION " + v, field, v));
				}
			}
			case BYDELSNR -> {
				for (String v : List.of("00", "01", "15", "16", "1", " 1", "30", "AB")) {
					m.add(Mutation.of("BYDELSNR " + v, field, v));
				}
			}
			case PERSON_FODSELSNR -> m.addAll(identityNumbers());
			case PERSON_DUF -> {
				m.add(Mutation.of("DUF valid, fnr blank", field, "201200000122", ElevenFField.PERSON_FODSELSNR, ""));
				m.add(Mutation.of("DUF bad check, fnr blank", field, "201200000123", ElevenFField.PERSON_FODSELSNR, ""));
				m.add(Mutation.of("DUF letters, fnr blank", field, "2012ABCD0122", ElevenFField.PERSON_FODSELSNR, ""));
				m.add(Mutation.of("DUF short, fnr blank", field, "2012000001", ElevenFField.PERSON_FODSELSNR, ""));
				m.add(Mutation.of("DUF blank, fnr blank", field, "", ElevenFField.PERSON_FODSELSNR, ""));
				m.add(Mutation.of("DUF valid, fnr bad", field, "201200000122", ElevenFField.PERSON_FODSELSNR,
						"12345678901"));
			}
			case PERSON_JOURNALNR -> {
				m.add(Mutation.of("journal duplicate", field, "J0000001"));
				m.add(Mutation.of("journal ' 0000001'", field, " 0000001"));
			}
			case ANTBU18 -> {
				for (String v : List.of("01", "13", "14", "99", "1", " 1")) {
					m.add(Mutation.of("children " + v + " BU18=1", field, v, ElevenFField.BU18, "1"));
				}
				m.add(Mutation.of("BU18=1 no children", ElevenFField.BU18, "1", field, "00"));
				m.add(Mutation.of("BU18=1 blank children", ElevenFField.BU18, "1", field, ""));
				m.add(Mutation.of("BU18=1 nul children", ElevenFField.BU18, "1", field, "\u0000\u0000"));
				m.add(Mutation.of("BU18=1 ++ children", ElevenFField.BU18, "1", field, "+1"));
			}
			case BIDRAG, LAAN -> {
				for (String v : List.of("0000000", "0000200", "0000201", "0599999", "0600000", "0999999", "1000000",
						"1000001", "9999999")) {
					m.add(Mutation.of(field + " " + v, field, v));
				}
			}
			default -> {
			}
		}
		return m;
	}

	private List<Mutation> identityNumbers() {
		ElevenFField f = ElevenFField.PERSON_FODSELSNR;
		List<Mutation> m = new ArrayList<>();
		for (int birthYear : List.of(1890, 1900, 1910, 1926, 1927, 1928, 1930, 1940, 1955, 1956, 1957, 1958, 1962,
				1963, 1964, 1965, 2000, 2005, 2006, 2007, 2008, 2010, 2020, 2024, 2025, 2026)) {
			m.add(Mutation.of("fnr born " + birthYear, f, fnr(birthYear, 15, 6, birthYear)));
		}
		String valid = fnr(1980, 15, 6, 7);
		m.add(Mutation.of("fnr wrong check digit", f, valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10)));
		m.add(Mutation.of("fnr zeros", f, "00000000000"));
		m.add(Mutation.of("fnr letters", f, "1506A012345"));
		m.add(Mutation.of("fnr short", f, valid.substring(0, 10)));
		m.add(Mutation.of("fnr leading space", f, " " + valid.substring(0, 10)));
		m.add(Mutation.of("fnr full width", f, fullWidth(valid)));
		String d = withChecks("5506804");
		m.add(Mutation.of("d-number", f, d));
		String h = withChecks("1546804");
		m.add(Mutation.of("h-number", f, h));
		String synthetic = withChecks("1586804");
		m.add(Mutation.of("synthetic", f, synthetic));
		m.add(Mutation.of("fnr duplicate", f, fnr(1951, 2, 1, 1)));
		for (String date : List.of("150680", "550680", "158680", "150600", "550610", "310299", "999999", "150625",
				"150626", "150627", "150630", "010120", "000000")) {
			for (String suffix : List.of("00100", "00200", "99999", "00300")) {
				m.add(Mutation.of("placeholder " + date + suffix, f, date + suffix));
			}
		}
		return m;
	}

	private List<Mutation> crossField() {
		List<Mutation> m = new ArrayList<>();
		for (String vklo : ElevenFField.VKLO.codes()) {
			for (String arbsit : ElevenFField.ARBSIT.codes()) {
				m.add(Mutation.of("VKLO " + vklo + " ARBSIT " + arbsit, ElevenFField.VKLO, vklo, ElevenFField.ARBSIT,
						arbsit, ElevenFField.TRYGDESIT, "3".equals(vklo) ? "11" : "12"));
			}
			for (String trygd : List.of("01", "04", "05", "07", "11", "12", "13", "03", "")) {
				m.add(Mutation.of("VKLO " + vklo + " TRYGDESIT " + trygd, ElevenFField.VKLO, vklo,
						ElevenFField.TRYGDESIT, trygd));
			}
		}
		for (String trygd : List.of("04", "07", "11", "05", "13")) {
			for (String arbsit : ElevenFField.ARBSIT.codes()) {
				m.add(Mutation.of("TRYGDESIT " + trygd + " ARBSIT " + arbsit + " VKLO 3", ElevenFField.VKLO, "3",
						ElevenFField.TRYGDESIT, trygd, ElevenFField.ARBSIT, arbsit));
			}
			m.add(Mutation.of("TRYGDESIT " + trygd + " with children", ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT,
					trygd, ElevenFField.BU18, "1", ElevenFField.ANTBU18, "02"));
		}
		for (int age : List.of(17, 18, 59, 60, 61, 62, 63, 67, 68, 95, 96, 97)) {
			m.add(Mutation.of("alderspensjon at " + age, ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "07",
					ElevenFField.ARBSIT, "04", ElevenFField.PERSON_FODSELSNR, fnr(this.year - age, 15, 6, age)));
		}
		m.add(Mutation.of("no months", ElevenFField.STMND_1, "", ElevenFField.STMND_2, ""));
		m.add(Mutation.of("months shifted", ElevenFField.STMND_1, "02", ElevenFField.STMND_2, "01"));
		m.add(Mutation.of("all months", ElevenFField.STMND_3, "03", ElevenFField.STMND_12, "12"));
		m.add(Mutation.of("no amounts", ElevenFField.BIDRAG, "0000000", ElevenFField.LAAN, "0000000"));
		m.add(Mutation.of("bidrag months off", ElevenFField.BIDRAG_FEB, "0006001"));
		m.add(Mutation.of("laan months off", ElevenFField.LAAN_FEB, "0000999"));
		m.add(Mutation.of("bidrag months negative", ElevenFField.BIDRAG_FEB, "-006000", ElevenFField.BIDRAG,
				"0000000"));
		m.add(Mutation.of("laan months ++", ElevenFField.LAAN_FEB, "++01000"));
		m.add(Mutation.of("sum 600000", ElevenFField.BIDRAG, "0300000", ElevenFField.LAAN, "0300000",
				ElevenFField.BIDRAG_JAN, "0300000", ElevenFField.BIDRAG_FEB, "", ElevenFField.LAAN_FEB, "0300000"));
		m.add(Mutation.of("sum 1000001", ElevenFField.BIDRAG, "0500001", ElevenFField.LAAN, "0500000",
				ElevenFField.BIDRAG_JAN, "0500001", ElevenFField.BIDRAG_FEB, "", ElevenFField.LAAN_FEB, "0500000"));
		m.add(Mutation.of("sum 200", ElevenFField.BIDRAG, "0000100", ElevenFField.LAAN, "0000100",
				ElevenFField.BIDRAG_JAN, "0000100", ElevenFField.BIDRAG_FEB, "", ElevenFField.LAAN_FEB, "0000100"));
		List<ElevenFField> conditions = ElevenFField.conditions();
		m.add(Mutation.of("vilkår without type", ElevenFField.VILKARSOSLOV, "1"));
		m.add(Mutation.of("vilkår with dates", ElevenFField.VILKARSOSLOV, "1", ElevenFField.VILKARARBEID, "16",
				ElevenFField.UTBETDATO, date("01", "03", this.year), ElevenFField.UTBETTOMDATO,
				date("31", "12", this.year)));
		for (ElevenFField condition : conditions) {
			if (this.layout.has(condition)) {
				m.add(Mutation.of("vilkår " + condition, ElevenFField.VILKARSOSLOV, "1", condition,
						condition.codes().get(0)));
				m.add(Mutation.of("vilkår " + condition + " wrong", ElevenFField.VILKARSOSLOV, "1", condition, "99"));
			}
		}
		return m;
	}

	private String date(String dd, String mm, int year) {
		return dd + mm + (this.layout.datePattern().contains("yyyy") ? String.format("%04d", year)
				: String.format("%02d", year % 100));
	}

	/** A valid fødselsnummer for a birth date; {@code seed} picks the individual number. */
	static String fnr(int birthYear, int day, int month, int seed) {
		String date = String.format("%02d%02d%02d", day, month, birthYear % 100);
		int from = (birthYear >= 2000) ? 500 : (birthYear < 1900) ? 500 : 0;
		int span = (birthYear >= 2000) ? 500 : (birthYear < 1900) ? 250 : 500;
		for (int i = 0; i < span; i++) {
			int individual = from + Math.floorMod(seed * 7 + i, span);
			var number = Fodselsnummer.withCheckDigits(date + String.format("%03d", individual));
			if (number.isPresent() && !Fodselsnummer.isPlaceholder(number.get())) {
				return number.get();
			}
		}
		throw new IllegalStateException("No fødselsnummer for " + date);
	}

	private static String withChecks(String seven) {
		for (int i = 0; i < 100; i++) {
			var number = Fodselsnummer.withCheckDigits(seven + String.format("%02d", i));
			if (number.isPresent()) {
				return number.get();
			}
		}
		throw new IllegalStateException(seven);
	}

	static String fullWidth(String ascii) {
		StringBuilder s = new StringBuilder();
		for (char c : ascii.toCharArray()) {
			s.append((c >= '0' && c <= '9') ? (char) ('\uFF10' + (c - '0')) : c);
		}
		return s.toString();
	}

}
