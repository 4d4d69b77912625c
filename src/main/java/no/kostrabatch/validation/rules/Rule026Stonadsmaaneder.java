package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R026}: fires when none of STMND_1..12 holds its own month code.
 */
public final class Rule026Stonadsmaaneder implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R026;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Records.anyMonth(r))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.STMND_1,
				"Det er ikke krysset av for måneder der bidrag (" + Records.rawShown(r, ElevenFField.BIDRAG) + ") eller lån (" + Records.rawShown(r, ElevenFField.LAAN) + ") er utbetalt. Feltet er obligatorisk.");
	}

}
