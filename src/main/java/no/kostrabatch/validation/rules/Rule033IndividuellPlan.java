package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R033}: fires when FAAT_INDIVIDUELL_PLAN is not 1 or 2.
 */
public final class Rule033IndividuellPlan implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R033;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.FAAT_INDIVIDUELL_PLAN))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.FAAT_INDIVIDUELL_PLAN,
				"Det er ikke krysset av for om individuell plan er utarbeidet. Utfylt verdi er " + Records.shown(r, ElevenFField.FAAT_INDIVIDUELL_PLAN) + ". Feltet er obligatorisk.");
	}

}
