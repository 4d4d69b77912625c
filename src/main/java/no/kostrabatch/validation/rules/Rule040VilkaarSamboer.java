package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R040}: fires when VILKARSAMEKT is not 1 or 2 (SSB's message repeats 039's text; ours names the spouse).
 */
public final class Rule040VilkaarSamboer extends ValidCodeRule {

	public Rule040VilkaarSamboer() {
		super(RuleId.R040, ElevenFField.VILKARSAMEKT, "Det er ikke krysset av for om det stilles vilkår til søkerens ektefelle/samboer. Registreres for første vilkår i året. Utfylt verdi er ",
				". Feltet er obligatorisk.");
	}

}
