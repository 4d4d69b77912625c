package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * The family of valid-code rules: a field must hold one of its codes (a blank fires too). The
 * message is SSB's: its words before the value found and after it.
 */
abstract class ValidCodeRule implements ValidationRule {

	private final RuleId id;

	private final ElevenFField field;

	private final String before;

	private final String after;

	ValidCodeRule(RuleId id, ElevenFField field, String before, String after) {
		this.id = id;
		this.field = field;
		this.before = before;
		this.after = after;
	}

	@Override
	public final RuleId id() {
		return this.id;
	}

	@Override
	public final List<Finding> check(ElevenFRecord r, ValidationContext c) {
		if (Records.hasCode(r, this.field)) {
			return List.of();
		}
		return Records.finding(this.id, r, this.field, this.before + Records.shown(r, this.field) + this.after);
	}

}
