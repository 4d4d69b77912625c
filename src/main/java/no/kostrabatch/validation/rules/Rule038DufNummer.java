package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.DufNumber;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R038}: fires when PERSON_FODSELSNR is blank and PERSON_DUF is not a valid DUF number.
 */
public final class Rule038DufNummer implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R038;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.isBlank(ElevenFField.PERSON_FODSELSNR) && !DufNumber.isValid(r.value(ElevenFField.PERSON_DUF)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.PERSON_DUF,
				"Fødselsnummer/d-nummer mangler; da skal det oppgis et gyldig 12-sifret DUF-nummer.");
	}

}
