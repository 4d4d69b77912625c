package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R035}: fires when BOSIT is not 1–6.
 */
public final class Rule035Boligsituasjon implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R035;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.BOSIT))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BOSIT,
				"Det er ikke krysset av for boligsituasjon. Utfylt verdi er " + Records.shown(r, ElevenFField.BOSIT) + ". Feltet er obligatorisk.");
	}

}
