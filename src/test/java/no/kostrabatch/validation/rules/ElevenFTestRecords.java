package no.kostrabatch.validation.rules;

import java.util.EnumMap;
import java.util.Map;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFLineWriter;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.validation.ValidationContext;

/**
 * A valid 11F record (Oslo, district 01, born 1990, sosialhjelp in January) with fields overridden,
 * for the rule tests. Values are padded into the layout's positions.
 */
public final class ElevenFTestRecords {

	private ElevenFTestRecords() {
	}

	public static ValidationContext context(int year) {
		return new ValidationContext(year, "0301");
	}

	public static ElevenFRecord record(int year, Map<ElevenFField, String> overrides) {
		return new ElevenFRecord(ElevenFLayout.forYear(year), 7, line(year, overrides));
	}

	public static String line(int year, Map<ElevenFField, String> overrides) {
		Map<ElevenFField, String> fields = new EnumMap<>(ElevenFField.class);
		fields.put(ElevenFField.KOMMUNE_NR, "0301");
		fields.put(ElevenFField.VERSION, String.format("%02d", year % 100));
		fields.put(ElevenFField.BYDELSNR, "01");
		fields.put(ElevenFField.FODSELSDATO, "17051990");
		fields.put(ElevenFField.PERSON_JOURNALNR, "J0000001");
		fields.put(ElevenFField.PERSON_FODSELSNR, fnr(1990));
		fields.put(ElevenFField.KJONN, "1");
		fields.put(ElevenFField.EKTSTAT, "1");
		fields.put(ElevenFField.BU18, "2");
		fields.put(ElevenFField.VKLO, "5");
		fields.put(ElevenFField.TRYGDESIT, "12");
		fields.put(ElevenFField.ARBSIT, "07");
		fields.put(ElevenFField.STMND_1, "01");
		fields.put(ElevenFField.BIDRAG, "0005000");
		fields.put(ElevenFField.LAAN, "0000000");
		fields.put(ElevenFField.BIDRAG_JAN, "0005000");
		fields.put(ElevenFField.GITT_OKONOMIRAD, "2");
		fields.put(ElevenFField.FAAT_INDIVIDUELL_PLAN, "2");
		fields.put(ElevenFField.SAKSBEHANDLER, "SB1");
		fields.put(ElevenFField.BOSIT, "1");
		fields.put(ElevenFField.VILKARSOSLOV, "2");
		fields.put(ElevenFField.VILKARSAMEKT, "2");
		fields.putAll(overrides);
		ElevenFLineWriter line = new ElevenFLineWriter(ElevenFLayout.forYear(year));
		fields.forEach((field, value) -> {
			if (line.has(field)) {
				line.putCut(field, value);
			}
		});
		return line.toString();
	}

	/** A synthetic fødselsnummer (month + 80) of someone born 1 June of a year, valid check digits. */
	public static String fnr(int birthYear) {
		String date = "0186" + String.format("%02d", birthYear % 100);
		int from = (birthYear >= 2000) ? 500 : 100;
		for (int individual = from; individual < from + 400; individual++) {
			var number = Fodselsnummer.withCheckDigits(date + String.format("%03d", individual));
			if (number.isPresent() && !Fodselsnummer.isPlaceholder(number.get())) {
				return number.get();
			}
		}
		throw new IllegalStateException("No fødselsnummer for " + birthYear);
	}

}
