package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R010}: fires when BU18 is not 1 or 2.
 */
public final class Rule010Forsorgerplikt implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R010;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.BU18))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BU18,
				"Korrigér forsørgerplikt. Fant " + Records.shown(r, ElevenFField.BU18) + ", forventet én av [1=Ja, 2=Nei]. Feltet er obligatorisk.");
	}

}
