package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R003_BYDEL}: fires when Oslo (0301) has BYDELSNR outside 01–15, or another municipality has a BYDELSNR.
 */
public final class Rule003Bydelsnummer implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R003_BYDEL;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(Records.OSLO.equals(r.raw(ElevenFField.KOMMUNE_NR)) ? !Records.OSLO_DISTRICTS.contains(r.raw(ElevenFField.BYDELSNR)) : !r.isBlank(ElevenFField.BYDELSNR))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.BYDELSNR,
				Records.OSLO.equals(r.raw(ElevenFField.KOMMUNE_NR)) ? "Korrigér bydel. Fant " + Records.shown(r, ElevenFField.BYDELSNR) + ", forventet en av [01..15]." : "Korrigér bydel. Fant " + Records.shown(r, ElevenFField.BYDELSNR) + ", forventet blank (bydel brukes bare i Oslo).");
	}

}
