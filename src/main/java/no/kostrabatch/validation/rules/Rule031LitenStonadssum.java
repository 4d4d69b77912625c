package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R031}: fires when BIDRAG + LAAN is 200 or less (0 and blank included).
 */
public final class Rule031LitenStonadssum implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R031;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.amount(ElevenFField.BIDRAG) + r.amount(ElevenFField.LAAN) <= 200)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BIDRAG,
				"Summen av bidrag (" + r.amount(ElevenFField.BIDRAG) + ") og lån (" + r.amount(ElevenFField.LAAN) + ") er lik eller lavere enn SSBs kontrollgrense på kr 200.");
	}

}
