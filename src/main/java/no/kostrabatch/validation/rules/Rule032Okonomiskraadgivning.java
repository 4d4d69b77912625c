package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R032}: fires when GITT_OKONOMIRAD is not 1 or 2.
 */
public final class Rule032Okonomiskraadgivning extends ValidCodeRule {

	public Rule032Okonomiskraadgivning() {
		super(RuleId.R032, ElevenFField.GITT_OKONOMIRAD, "Det er ikke krysset av for om økonomisk rådgivning er gitt. Utfylt verdi er ",
				". Feltet er obligatorisk.");
	}

}
