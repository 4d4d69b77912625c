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

class Rule012BarnUtenAvkrysningTests {

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		ElevenFRecord record = ElevenFTestRecords.record(2025, overrides);

		List<Finding> findings = new Rule012BarnUtenAvkrysning().check(record, ElevenFTestRecords.context(2025));

		assertThat(findings).hasSize(fires ? 1 : 0);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R012);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo("J0000001");
			assertThat(f.message()).doesNotContain(record.value(ElevenFField.PERSON_FODSELSNR).isEmpty() ? "\u0000"
					: record.value(ElevenFField.PERSON_FODSELSNR));
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("no children", Map.of(), false),
				Arguments.of("2 children not ticked", Map.of(ElevenFField.ANTBU18, "02"), true),
				Arguments.of("2 children ticked", Map.of(ElevenFField.BU18, "1", ElevenFField.ANTBU18, "02"), false),
				Arguments.of("full-width 10 children not ticked", Map.of(ElevenFField.ANTBU18, "１０"), true),
				Arguments.of("NUL-padded children are no number", Map.of(ElevenFField.ANTBU18, "5\u0000"), false),
				Arguments.of("NBSP before the number", Map.of(ElevenFField.ANTBU18, "\u00A05"), true));
	}

}
