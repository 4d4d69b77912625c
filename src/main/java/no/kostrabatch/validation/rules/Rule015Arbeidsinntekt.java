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
 * {@link RuleId#R015}: fires when VKLO = 1 and ARBSIT not in {01, 02}.
 */
public final class Rule015Arbeidsinntekt implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R015;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("1".equals(r.raw(ElevenFField.VKLO)) && !Set.of("01", "02").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er Arbeidsinntekt. Arbeidssituasjonen er " + Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [01, 02]. Feltet er obligatorisk.");
	}

}
