package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R011}: fires when BU18 = 1 and ANTBU18 ≤ 0 (blank or non-numeric counts as 0).
 */
public final class Rule011ManglerAntallBarn implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R011;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("1".equals(r.raw(ElevenFField.BU18)) && r.amount(ElevenFField.ANTBU18) <= 0)) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ANTBU18,
				"Det er krysset av for at det bor barn under 18 år i husholdningen, men antall barn " + Records.shown(r, ElevenFField.ANTBU18) + " er ikke oppgitt.");
	}

}
