package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * The family of rules VKLO × ARBSIT: when the main source of income (VKLO) is one code, the work
 * situation (ARBSIT) must be one of a few; each rule of the family names its source and codes.
 */
abstract class SourceRequiresWorkSituation implements ValidationRule {

	private final RuleId id;

	private final String source;

	private final String sourceName;

	private final List<String> workSituations;

	SourceRequiresWorkSituation(RuleId id, String source, String sourceName, String... workSituations) {
		this.id = id;
		this.source = source;
		this.sourceName = sourceName;
		this.workSituations = List.of(workSituations);
	}

	@Override
	public final RuleId id() {
		return this.id;
	}

	@Override
	public final List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (!this.source.equals(r.raw(ElevenFField.VKLO)) || this.workSituations.contains(r.raw(ElevenFField.ARBSIT))) {
			return List.of();
		}
		return Records.finding(this.id, r, ElevenFField.ARBSIT,
				"Mottakerens viktigste kilde til livsopphold er " + this.sourceName + ". Arbeidssituasjonen er "
						+ Records.shown(r, ElevenFField.ARBSIT) + ", forventet én av [" + String.join(", ", this.workSituations)
						+ "]. Feltet er obligatorisk.");
	}

}
