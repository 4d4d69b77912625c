package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R022}: fires when TRYGDESIT is not a valid code (blank fires too).
 */
public final class Rule022Trygdesituasjon extends ValidCodeRule {

	public Rule022Trygdesituasjon() {
		super(RuleId.R022, ElevenFField.TRYGDESIT, "Trygdesituasjon må oppgis. Fant ",
				", forventet én av " + Records.namedCodes(ElevenFField.TRYGDESIT, ElevenFField.TRYGDESIT.codes()) + ".");
	}

}
