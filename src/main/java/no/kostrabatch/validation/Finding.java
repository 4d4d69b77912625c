package no.kostrabatch.validation;

import no.kostrabatch.input.ElevenFField;

/**
 * One finding of a control rule on one line. The message names the field, what was found and what
 * was expected, in Norwegian; it never holds a fødselsnummer, DUF number or birth date, only the
 * case's journal number so that the controller can find it.
 *
 * @param line the physical line number in the file (1-based)
 * @param rule the rule
 * @param field the field, or {@code null} for whole-record rules
 * @param journal the journal number of the case, or "" when unknown
 * @param message the message
 */
public record Finding(long line, RuleId rule, ElevenFField field, String journal, String message) {

	public Severity severity() {
		return this.rule.severity();
	}

}
