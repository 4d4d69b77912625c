package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R004A}: fires when FODSELSDATO is blank or not a valid ddMMyyyy date (no range check; the value itself is never shown).
 */
public final class Rule004AFodselsdato implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R004A;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.layout().has(ElevenFField.FODSELSDATO) && !Records.isDate(r, ElevenFField.FODSELSDATO))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.FODSELSDATO,
				"Fødselsdato mangler eller er ugyldig. Fant (" + problem(r.value(ElevenFField.FODSELSDATO)) + "), forventet (DDMMÅÅÅÅ), en gyldig dato.");
	}

	/** What is wrong with the date, without showing it. */
	static String problem(String value) {
		if (value.isEmpty()) {
			return "blank";
		}
		if (value.length() != 8 || !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return "ikke 8 sifre";
		}
		int day = Integer.parseInt(value.substring(0, 2));
		int month = Integer.parseInt(value.substring(2, 4));
		if (month < 1 || month > 12) {
			return "måneden finnes ikke";
		}
		if (day < 1 || day > 31) {
			return "dagen finnes ikke";
		}
		if (value.endsWith("0000")) {
			return "år 0000 finnes ikke";
		}
		return "dagen finnes ikke i den måneden";
	}

}
