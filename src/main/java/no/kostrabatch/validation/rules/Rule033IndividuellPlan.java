package no.kostrabatch.validation.rules;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R033}: fires when FAAT_INDIVIDUELL_PLAN is not 1 or 2.
 */
public final class Rule033IndividuellPlan extends ValidCodeRule {

	public Rule033IndividuellPlan() {
		super(RuleId.R033, ElevenFField.FAAT_INDIVIDUELL_PLAN, "Det er ikke krysset av for om individuell plan er utarbeidet. Utfylt verdi er ",
				". Feltet er obligatorisk.");
	}

}
