package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R035}: fires when BOSIT is not 1–6.
 */
public final class Rule035Boligsituasjon extends ValidCodeRule {

	public Rule035Boligsituasjon() {
		super(RuleId.R035, ElevenFField.BOSIT, "Det er ikke krysset av for boligsituasjon. Utfylt verdi er ",
				". Feltet er obligatorisk.");
	}

}
