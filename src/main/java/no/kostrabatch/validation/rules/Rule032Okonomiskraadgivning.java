package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R032}: fires when GITT_OKONOMIRAD is not 1 or 2.
 */
public final class Rule032Okonomiskraadgivning implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R032;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.hasCode(r, ElevenFField.GITT_OKONOMIRAD))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.GITT_OKONOMIRAD,
				"Det er ikke krysset av for om økonomisk rådgivning er gitt. Utfylt verdi er " + Records.shown(r, ElevenFField.GITT_OKONOMIRAD) + ". Feltet er obligatorisk.");
	}

}
