package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R007}: fires when the age from the fødselsnummer is 96 or more; an unknown age counts as 0.
 */
public final class Rule007Alder96 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R007;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.age(r, c, 0) >= 96)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.PERSON_FODSELSNR,
				"Mottakeren (" + Records.age(r, c, 0) + " år) er 96 år eller eldre.");
	}

}
