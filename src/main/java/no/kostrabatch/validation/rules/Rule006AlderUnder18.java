package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R006}: fires when the age from the fødselsnummer is under 18; an unknown age counts as −1, so it fires.
 */
public final class Rule006AlderUnder18 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R006;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.age(r, c, -1) < 18)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.PERSON_FODSELSNR,
				"Deltakeren (" + Records.age(r, c, -1) + " år) er under 18 år.");
	}

}
