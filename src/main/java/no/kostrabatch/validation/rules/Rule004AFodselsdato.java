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
				"Fødselsdato mangler eller er ugyldig. Fant (" + (r.isBlank(ElevenFField.FODSELSDATO) ? "blank" : "ugyldig dato") + "), forventet (DDMMÅÅÅÅ).");
	}

}
