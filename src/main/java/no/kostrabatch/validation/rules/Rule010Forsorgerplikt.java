package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R010}: fires when BU18 is not 1 or 2.
 */
public final class Rule010Forsorgerplikt extends ValidCodeRule {

	public Rule010Forsorgerplikt() {
		super(RuleId.R010, ElevenFField.BU18, "Korrigér forsørgerplikt. Fant ",
				", forventet én av [1=Ja, 2=Nei]. Feltet er obligatorisk.");
	}

}
