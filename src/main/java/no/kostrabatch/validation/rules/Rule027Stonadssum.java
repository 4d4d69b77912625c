package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R027}: fires when neither BIDRAG nor LAAN is above 0 (blank or non-numeric counts as 0).
 */
public final class Rule027Stonadssum implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R027;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!(r.amount(ElevenFField.BIDRAG) > 0 || r.amount(ElevenFField.LAAN) > 0))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BIDRAG,
				"Beløp for stønad (bidrag (" + Records.rawShown(r, ElevenFField.BIDRAG) + ") eller lån (" + Records.rawShown(r, ElevenFField.LAAN) + ")) mangler eller har ugyldige tegn. Feltet er obligatorisk.");
	}

}
