package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Set;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R024}: fires when TRYGDESIT is 04 or 07 and ARBSIT not in {02..07}.
 */
public final class Rule024UforetrygdAlderspensjon implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Set.of("04", "07").contains(r.raw(ElevenFField.TRYGDESIT)) && !Set.of("02", "03", "04", "05", "06", "07").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakeren mottar trygd (" + Records.named(r, ElevenFField.TRYGDESIT) + "), men har en arbeidssituasjon (" + Records.named(r, ElevenFField.ARBSIT) + ") som ikke passer; forventet én av " + Records.namedCodes(ElevenFField.ARBSIT, List.of("02", "03", "04", "05", "06", "07")) + ".");
	}

}
