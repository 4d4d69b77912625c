package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R030}: fires when BIDRAG + LAAN is above 1 000 000 (the title still says 600 000).
 */
public final class Rule030StorStonadssum implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R030;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.amount(ElevenFField.BIDRAG) + r.amount(ElevenFField.LAAN) > 1_000_000)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BIDRAG,
				"Summen av bidrag (" + r.amount(ElevenFField.BIDRAG) + ") og lån (" + r.amount(ElevenFField.LAAN) + ") overstiger SSBs kontrollgrense på kr 1000000.");
	}

}
