package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R008}: fires when KJONN is not 1 or 2.
 */
public final class Rule008Kjonn extends ValidCodeRule {

	public Rule008Kjonn() {
		super(RuleId.R008, ElevenFField.KJONN, "Korrigér kjønn. Fant ",
				", forventet én av [1=Mann, 2=Kvinne]. Feltet er obligatorisk.");
	}

}
