package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R005_2024} (2024 rules): fires when PERSON_FODSELSNR is not a valid fnr/d-number (check digits, or SSB's placeholder suffix with a readable date, which may be a D-number or synthetic date); blank fires too, even with a DUF number.
 */
public final class Rule005FodselsnummerV2024 implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R005_2024;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!(!Fodselsnummer.isValidFnrOrDnrV2024(r.value(ElevenFField.PERSON_FODSELSNR), c.reportingYear()))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.PERSON_FODSELSNR,
				"Fødselsnummer/d-nummer mangler eller inneholder feil. Med mindre det er en utenlandsk statsborger uten norsk nummer, skal feltet ha det 11-sifrede fødselsnummeret eller d-nummeret.");
	}

}
