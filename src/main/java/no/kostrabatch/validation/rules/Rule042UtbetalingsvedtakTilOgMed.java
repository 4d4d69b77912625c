package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R042}: fires when VILKARSOSLOV = 1 and UTBETTOMDATO is not a valid date.
 */
public final class Rule042UtbetalingsvedtakTilOgMed implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R042;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("1".equals(r.raw(ElevenFField.VILKARSOSLOV)) && !Records.isDate(r, ElevenFField.UTBETTOMDATO))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.UTBETTOMDATO,
				"Når det stilles vilkår, skal til og med-dato for utbetalingsvedtak oppgis. Fant " + Records.shown(r, ElevenFField.UTBETTOMDATO) + ", forventet en dato (" + r.layout().datePattern().toUpperCase() + "). Feltet er obligatorisk.");
	}

}
