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
 * {@link RuleId#R019}: fires when VKLO = 8 and ARBSIT not in {10}.
 */
public final class Rule019Kvalifiseringsstonad implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R019;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("8".equals(r.raw(ElevenFField.VKLO)) && !Set.of("10").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er Kvalifiseringsstønad. Arbeidssituasjonen er " + Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [10]. Feltet er obligatorisk.");
	}

}
