package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R025}: fires when ARBSIT is not 01–10 (blank fires too).
 */
public final class Rule025Arbeidssituasjon implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R025;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.ARBSIT))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Arbeidssituasjon er ikke fylt ut eller har feil kode. Utfylt verdi er " + Records.shown(r, ElevenFField.ARBSIT) + ". Feltet er obligatorisk.");
	}

}
