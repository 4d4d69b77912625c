package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R014}: fires when VKLO is not 1–9.
 */
public final class Rule014ViktigsteKilde implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R014;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.VKLO))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.VKLO,
				"Viktigste kilde til livsopphold må oppgis. Fant " + Records.shown(r, ElevenFField.VKLO) + ", forventet én av " + Records.namedCodes(ElevenFField.VKLO, ElevenFField.VKLO.codes()) + ".");
	}

}
