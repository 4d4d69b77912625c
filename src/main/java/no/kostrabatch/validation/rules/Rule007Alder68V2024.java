package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R007_2024}: fires when (2024 rules) the age from the fødselsnummer is 68 or more.
 */
public final class Rule007Alder68V2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R007_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.age(r, c, 0) >= 68)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.PERSON_FODSELSNR,
				"Mottakeren (" + Records.age(r, c, 0) + " år) er 68 år eller eldre.");
	}

}
