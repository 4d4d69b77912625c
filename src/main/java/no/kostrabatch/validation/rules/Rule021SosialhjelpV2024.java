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
 * {@link RuleId#R021_2024} (2024 rules): fires when VKLO = 5 and ARBSIT not in {02, 04, 05, 06, 07, 08}.
 */
public final class Rule021SosialhjelpV2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R021_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("5".equals(r.raw(ElevenFField.VKLO)) && !Set.of("02", "04", "05", "06", "07", "08").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er Sosialhjelp. Arbeidssituasjonen er " + Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [02, 04, 05, 06, 07, 08]. Feltet er obligatorisk.");
	}

}
