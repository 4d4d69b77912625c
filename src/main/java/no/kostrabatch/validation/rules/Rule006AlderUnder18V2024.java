package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R006_2024}: fires when (2024 rules) the age from the fødselsnummer is known and under 18.
 */
public final class Rule006AlderUnder18V2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R006_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (Records.age(r, c, Integer.MAX_VALUE) >= 18) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.PERSON_FODSELSNR,
				"Deltakeren (" + Records.age(r, c, -1) + " år) er under 18 år.");
	}

}
