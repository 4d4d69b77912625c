package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R022_2024}: fires when (2024 rules) TRYGDESIT = 07 and age under 60.
 */
public final class Rule022AlderspensjonV2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R022_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("07".equals(r.raw(ElevenFField.TRYGDESIT)) && Records.age(r, c, -1) < 60)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.TRYGDESIT,
				"Mottakeren (" + Records.age(r, c, -1) + " år) er yngre enn 60 år og mottar alderspensjon.");
	}

}
