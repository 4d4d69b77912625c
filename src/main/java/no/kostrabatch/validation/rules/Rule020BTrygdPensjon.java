package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R020B}: fires when VKLO = 3 and TRYGDESIT is 12 or not a valid code.
 */
public final class Rule020BTrygdPensjon implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R020B;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("3".equals(r.raw(ElevenFField.VKLO)) && !Records.TRYGD_WITHOUT_12.contains(r.raw(ElevenFField.TRYGDESIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.TRYGDESIT,
				"Mottakerens viktigste kilde til livsopphold er Trygd/pensjon. Trygdesituasjonen er " + Records.shown(r, ElevenFField.TRYGDESIT) + ", forventet én av [01, 02, 04, 05, 06, 07, 09, 10, 11, 13]. Feltet er obligatorisk.");
	}

}
