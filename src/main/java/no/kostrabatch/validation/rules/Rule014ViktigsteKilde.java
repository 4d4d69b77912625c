package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R014}: fires when VKLO is not 1–9.
 */
public final class Rule014ViktigsteKilde extends ValidCodeRule {

	public Rule014ViktigsteKilde() {
		super(RuleId.R014, ElevenFField.VKLO, "Viktigste kilde til livsopphold må oppgis. Fant ",
				", forventet én av " + Records.namedCodes(ElevenFField.VKLO, ElevenFField.VKLO.codes()) + ".");
	}

}
