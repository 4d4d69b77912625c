package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R037}: fires when the sum of LAAN_JAN..LAAN_DES differs from LAAN.
 */
public final class Rule037LaanPerMaaned implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R037;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.monthSum(r, false) != r.amount(ElevenFField.LAAN))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.LAAN,
				"Lån fordelt på måneder (sum " + Records.monthSum(r, false) + ") mangler eller er ulik lån for året (" + Records.rawShown(r, ElevenFField.LAAN) + ").");
	}

}
