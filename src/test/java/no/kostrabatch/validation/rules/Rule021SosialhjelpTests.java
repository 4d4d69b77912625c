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

class Rule021SosialhjelpTests {

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		ElevenFRecord record = ElevenFTestRecords.record(2025, overrides);

		List<Finding> findings = new Rule021Sosialhjelp().check(record, ElevenFTestRecords.context(2025));

		assertThat(findings).hasSize(fires ? 1 : 0);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R021);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo("J0000001");
			assertThat(f.message()).doesNotContain(record.value(ElevenFField.PERSON_FODSELSNR).isEmpty() ? "\u0000"
					: record.value(ElevenFField.PERSON_FODSELSNR));
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("social assistance, unemployed", Map.of(), false),
				Arguments.of("social assistance, in education", Map.of(ElevenFField.ARBSIT, "03"), false),
				Arguments.of("social assistance, full-time work", Map.of(ElevenFField.ARBSIT, "01"), true));
	}

}
