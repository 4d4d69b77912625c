package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R041}: fires when VILKARSOSLOV = 1 and UTBETDATO is not a valid date.
 */
public final class Rule041Utbetalingsvedtak implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R041;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("1".equals(r.raw(ElevenFField.VILKARSOSLOV)) && !Records.isDate(r, ElevenFField.UTBETDATO))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.UTBETDATO,
				"Når det stilles vilkår, skal dato for utbetalingsvedtak oppgis. Fant " + Records.shown(r, ElevenFField.UTBETDATO) + ", forventet en dato (" + r.layout().datePattern().toUpperCase() + "). Feltet er obligatorisk.");
	}

}
