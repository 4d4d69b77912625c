package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R022}: fires when TRYGDESIT is not a valid code (blank fires too).
 */
public final class Rule022Trygdesituasjon implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R022;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.TRYGDESIT))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.TRYGDESIT,
				"Trygdesituasjon må oppgis. Fant " + Records.shown(r, ElevenFField.TRYGDESIT) + ", forventet én av " + Records.namedCodes(ElevenFField.TRYGDESIT, ElevenFField.TRYGDESIT.codes()) + ".");
	}

}
