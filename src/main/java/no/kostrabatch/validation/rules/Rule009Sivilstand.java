package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R009}: fires when EKTSTAT is not 1–5.
 */
public final class Rule009Sivilstand implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R009;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.EKTSTAT))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.EKTSTAT,
				"Korrigér sivilstand. Fant " + Records.shown(r, ElevenFField.EKTSTAT) + ", forventet én av [1=Ugift, 2=Gift, 3=Samboer, 4=Skilt/separert, 5=Enke/enkemann]. Feltet er obligatorisk.");
	}

}
