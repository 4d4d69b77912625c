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
 * {@link RuleId#R016}: fires when VKLO = 2 and ARBSIT not in {03, 05, 06}.
 */
public final class Rule016Kursstonad implements ValidationRule {

	@Override
	public RuleId id() {
		return RuleId.R016;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!("2".equals(r.raw(ElevenFField.VKLO)) && !Set.of("03", "05", "06").contains(r.raw(ElevenFField.ARBSIT)))) {
			return List.of();
		}
		return Records.finding(id(), r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er Kursstønad/lønn i arbeidsmarkedstiltak. Arbeidssituasjonen er " + Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [03, 05, 06]. Feltet er obligatorisk.");
	}

}
