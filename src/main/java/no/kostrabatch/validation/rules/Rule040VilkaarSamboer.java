package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R040}: fires when VILKARSAMEKT is not 1 or 2 (SSB's message repeats 039's text; ours names the spouse).
 */
public final class Rule040VilkaarSamboer implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R040;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.VILKARSAMEKT))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.VILKARSAMEKT,
				"Det er ikke krysset av for om det stilles vilkår til søkerens ektefelle/samboer. Registreres for første vilkår i året. Utfylt verdi er " + Records.shown(r, ElevenFField.VILKARSAMEKT) + ". Feltet er obligatorisk.");
	}

}
