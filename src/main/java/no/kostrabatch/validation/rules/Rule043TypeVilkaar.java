package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R043}: fires when VILKARSOSLOV = 1 and none of the twelve VILKAR* fields holds its code.
 */
public final class Rule043TypeVilkaar implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R043;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("1".equals(r.raw(ElevenFField.VILKARSOSLOV)) && ElevenFField.conditions().stream().noneMatch((f) -> Records.hasCode(r, f)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.VILKARARBEID,
				"Når det stilles vilkår, skal det oppgis hvilke vilkår som stilles. Ingen av vilkårsfeltene er fylt ut. Feltet er obligatorisk.");
	}

}
