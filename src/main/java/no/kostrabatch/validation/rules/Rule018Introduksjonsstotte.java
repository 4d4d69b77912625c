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
 * {@link RuleId#R018}: fires when VKLO = 6 and ARBSIT not in {09}.
 */
public final class Rule018Introduksjonsstotte implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R018;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("6".equals(r.raw(ElevenFField.VKLO)) && !Set.of("09").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er Introduksjonsstøtte. Arbeidssituasjonen er " + Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [09]. Feltet er obligatorisk.");
	}

}
