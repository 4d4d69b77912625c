package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R039}: fires when VILKARSOSLOV is not 1 or 2.
 */
public final class Rule039Vilkaar implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R039;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.VILKARSOSLOV))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.VILKARSOSLOV,
				"Det er ikke krysset av for om det stilles vilkår til mottakeren etter sosialtjenesteloven. Registreres for første vilkår i året. Utfylt verdi er " + Records.shown(r, ElevenFField.VILKARSOSLOV) + ". Feltet er obligatorisk.");
	}

}
