package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R008}: fires when KJONN is not 1 or 2.
 */
public final class Rule008Kjonn implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R008;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.KJONN))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.KJONN,
				"Korrigér kjønn. Fant " + Records.shown(r, ElevenFField.KJONN) + ", forventet én av [1=Mann, 2=Kvinne]. Feltet er obligatorisk.");
	}

}
