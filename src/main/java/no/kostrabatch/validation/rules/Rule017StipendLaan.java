package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Set;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R017}: fires when VKLO = 4 and ARBSIT not in {03}.
 */
public final class Rule017StipendLaan implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R017;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("4".equals(r.raw(ElevenFField.VKLO)) && !Set.of("03").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er Stipend/lån. Arbeidssituasjonen er " + Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [03]. Feltet er obligatorisk.");
	}

}
