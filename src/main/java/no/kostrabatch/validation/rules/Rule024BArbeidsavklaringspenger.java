package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R024B}: fires when VKLO = 3, TRYGDESIT = 11 and ARBSIT = 08.
 */
public final class Rule024BArbeidsavklaringspenger implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R024B;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("3".equals(r.raw(ElevenFField.VKLO)) && "11".equals(r.raw(ElevenFField.TRYGDESIT)) && "08".equals(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakeren mottar trygd (11=Arbeidsavklaringspenger), men har ugyldig kode (08=Arbeidsledig, men ikke registrert hos NAV) på arbeidssituasjon.");
	}

}
