package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R036}: fires when the sum of BIDRAG_JAN..BIDRAG_DES differs from BIDRAG.
 */
public final class Rule036BidragPerMaaned implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R036;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.monthSum(r, true) != r.amount(ElevenFField.BIDRAG))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BIDRAG,
				"Bidrag fordelt på måneder (sum " + Records.monthSum(r, true) + ") mangler eller er ulik bidrag for året (" + Records.rawShown(r, ElevenFField.BIDRAG) + ").");
	}

}
