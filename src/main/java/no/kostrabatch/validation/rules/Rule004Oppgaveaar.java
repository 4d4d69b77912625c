package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R004}: fires when VERSION (blank or non-numeric counts as 0; 1–99 has 2000 added) differs from the reporting year.
 */
public final class Rule004Oppgaveaar implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R004;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.version(r) != c.reportingYear())) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.VERSION,
				"Korrigér årgang. Fant " + Records.shown(r, ElevenFField.VERSION) + ", forventet '" + String.format("%02d", c.reportingYear() - 2000) + "'.");
	}

}
