package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R023B}: fires when TRYGDESIT = 05 and not (BU18 = 1 and ANTBU18 > 0).
 */
public final class Rule023BOvergangsstonad implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R023B;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("05".equals(r.raw(ElevenFField.TRYGDESIT)) && !("1".equals(r.raw(ElevenFField.BU18)) && r.amount(ElevenFField.ANTBU18) > 0))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.TRYGDESIT,
				"Mottakeren mottar overgangsstønad, men det er ikke oppgitt barn under 18 år i husholdningen.");
	}

}
