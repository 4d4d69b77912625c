package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Municipalities;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R003_KOMMUNE}: fires when KOMMUNE_NR differs from the municipality reported for, or is four
 * digits that are no municipality number in the reporting year (SSB's program checks only the first).
 */
public final class Rule003Kommunenummer implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R003_KOMMUNE;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		String found = r.raw(ElevenFField.KOMMUNE_NR);
		String expected = c.municipality().substring(0, Math.min(4, c.municipality().length()));
		if (found.length() == 4 && found.chars().allMatch((ch) -> ch >= '0' && ch <= '9')
				&& !Municipalities.exists(found, c.reportingYear())) {
			return Records.finding(id(), r, ElevenFField.KOMMUNE_NR, "Korrigér kommunenummeret. Fant "
					+ Records.shown(r, ElevenFField.KOMMUNE_NR) + ", som ikke er et kommunenummer i " + c.reportingYear() + ".");
		}
		if (found.equals(expected)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.KOMMUNE_NR,
				"Korrigér kommunenummeret. Fant " + Records.shown(r, ElevenFField.KOMMUNE_NR) + ", forventet '" + c.municipality() + "'.");
	}

}
