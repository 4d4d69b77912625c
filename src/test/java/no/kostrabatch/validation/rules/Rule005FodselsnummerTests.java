package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static no.kostrabatch.validation.rules.ElevenFTestRecords.fnr;
import static org.assertj.core.api.Assertions.assertThat;

class Rule005FodselsnummerTests {

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		ElevenFRecord record = ElevenFTestRecords.record(2025, overrides);

		List<Finding> findings = new Rule005Fodselsnummer().check(record, ElevenFTestRecords.context(2025));

		assertThat(findings).hasSize(fires ? 1 : 0);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R005);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo("J0000001");
			assertThat(f.message()).doesNotContain(record.value(ElevenFField.PERSON_FODSELSNR).isEmpty() ? "\u0000"
					: record.value(ElevenFField.PERSON_FODSELSNR));
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("valid fnr", Map.of(), false),
				Arguments.of("valid D-number", Map.of(ElevenFField.PERSON_FODSELSNR, "41011088188"), false),
				Arguments.of("placeholder", Map.of(ElevenFField.PERSON_FODSELSNR, "01018000100"), false),
				Arguments.of("placeholder with a D-number date", Map.of(ElevenFField.PERSON_FODSELSNR, "55068000100"), true),
				Arguments.of("placeholder with a synthetic date", Map.of(ElevenFField.PERSON_FODSELSNR, "15868099999"), true),
				Arguments.of("control characters", Map.of(ElevenFField.PERSON_FODSELSNR, "\u0000".repeat(11)), true),
				Arguments.of("bad check digits", Map.of(ElevenFField.PERSON_FODSELSNR, "01840612345"), true),
				Arguments.of("blank with DUF", Map.of(ElevenFField.PERSON_FODSELSNR, "           ", ElevenFField.PERSON_DUF, "201017238203"), true));
	}

}
