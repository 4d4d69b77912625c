package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R025}: fires when ARBSIT is not 01–10 (blank fires too).
 */
public final class Rule025Arbeidssituasjon extends ValidCodeRule {

	public Rule025Arbeidssituasjon() {
		super(RuleId.R025, ElevenFField.ARBSIT, "Arbeidssituasjon er ikke fylt ut eller har feil kode. Utfylt verdi er ",
				". Feltet er obligatorisk.");
	}

}
