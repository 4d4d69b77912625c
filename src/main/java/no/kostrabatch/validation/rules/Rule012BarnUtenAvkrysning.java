package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R012}: fires when ANTBU18 > 0 and BU18 is not 1.
 */
public final class Rule012BarnUtenAvkrysning implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R012;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(r.amount(ElevenFField.ANTBU18) > 0 && !"1".equals(r.raw(ElevenFField.BU18)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BU18,
				"Det er oppgitt " + r.amount(ElevenFField.ANTBU18) + " barn under 18 år, men ikke krysset av for at barn bor i husholdningen.");
	}

}
