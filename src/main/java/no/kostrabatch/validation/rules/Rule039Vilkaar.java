package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R039}: fires when VILKARSOSLOV is not 1 or 2.
 */
public final class Rule039Vilkaar extends ValidCodeRule {

	public Rule039Vilkaar() {
		super(RuleId.R039, ElevenFField.VILKARSOSLOV, "Det er ikke krysset av for om det stilles vilkår til mottakeren etter sosialtjenesteloven. Registreres for første vilkår i året. Utfylt verdi er ",
				". Feltet er obligatorisk.");
	}

}
