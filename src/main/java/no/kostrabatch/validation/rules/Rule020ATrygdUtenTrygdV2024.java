package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R020A_2024}: fires when (2024 rules) VKLO is not 3 and TRYGDESIT is not 12.
 */
public final class Rule020ATrygdUtenTrygdV2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R020A_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!"3".equals(r.raw(ElevenFField.VKLO)) && !"12".equals(r.raw(ElevenFField.TRYGDESIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.TRYGDESIT,
				"Mottakeren har ikke trygd/pensjon som viktigste kilde til livsopphold, men trygdesituasjonen er " + Records.shown(r, ElevenFField.TRYGDESIT) + ".");
	}

}
