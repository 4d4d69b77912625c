package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R013}: fires when ANTBU18 ≥ 14 (worded as a question, but an ERROR).
 */
public final class Rule013MangeBarn implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R013;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.amount(ElevenFField.ANTBU18) >= 14)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ANTBU18,
				"Antall barn (" + r.amount(ElevenFField.ANTBU18) + ") under 18 år i husholdningen er 14 eller flere, er dette riktig?");
	}

}
