package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R009}: fires when EKTSTAT is not 1–5.
 */
public final class Rule009Sivilstand extends ValidCodeRule {

	public Rule009Sivilstand() {
		super(RuleId.R009, ElevenFField.EKTSTAT, "Korrigér sivilstand. Fant ",
				", forventet én av [1=Ugift, 2=Gift, 3=Samboer, 4=Skilt/separert, 5=Enke/enkemann]. Feltet er obligatorisk.");
	}

}
