package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R023A}: fires when TRYGDESIT = 07 and age under 62 (unknown age counts as −1).
 */
public final class Rule023AAlderspensjon implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R023A;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("07".equals(r.raw(ElevenFField.TRYGDESIT)) && Records.age(r, c, -1) < 62)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.TRYGDESIT,
				"Mottakeren (" + Records.age(r, c, -1) + " år) er yngre enn 62 år og mottar alderspensjon.");
	}

}
