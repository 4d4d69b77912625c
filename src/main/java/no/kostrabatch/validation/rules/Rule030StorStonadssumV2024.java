package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R030_2024}: fires when (2024 rules) BIDRAG + LAAN is 600 000 or more.
 */
public final class Rule030StorStonadssumV2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R030_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.amount(ElevenFField.BIDRAG) + r.amount(ElevenFField.LAAN) >= 600_000)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BIDRAG,
				"Summen av bidrag (" + r.amount(ElevenFField.BIDRAG) + ") og lån (" + r.amount(ElevenFField.LAAN) + ") er lik eller overstiger SSBs kontrollgrense på kr 600000.");
	}

}
