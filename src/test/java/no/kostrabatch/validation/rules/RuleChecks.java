package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every rule test checks of a rule on the baseline record ({@link ElevenFTestRecords}) with some
 * fields overridden: it fires exactly when it should, and its finding names the rule, has the rule's
 * severity, points at the field, carries the record's line and journal number, says the rule's
 * message and never shows the fødselsnummer.
 * @param messageStart the message's words before the first value it shows
 */
record RuleChecks(ValidationRule rule, RuleId id, Severity severity, ElevenFField field, String messageStart) {

	void firesOnlyWhenBroken(int year, Map<ElevenFField, String> overrides, boolean fires) {
		ElevenFRecord record = ElevenFTestRecords.record(year, overrides);

		List<Finding> findings = this.rule.check(record, ElevenFTestRecords.context(year));

		assertThat(findings).hasSize(fires ? 1 : 0);
		String fnr = record.value(ElevenFField.PERSON_FODSELSNR);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(this.id);
			assertThat(f.severity()).isEqualTo(this.severity);
			assertThat(f.field()).isEqualTo(this.field);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo("J0000001");
			assertThat(f.message()).startsWith(this.messageStart);
			assertThat(f.message()).doesNotContain(fnr.isEmpty() ? "\u0000" : fnr);
		});
	}

}
