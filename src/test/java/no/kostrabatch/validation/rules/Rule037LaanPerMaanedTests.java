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

class Rule037LaanPerMaanedTests {

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		ElevenFRecord record = ElevenFTestRecords.record(2025, overrides);

		List<Finding> findings = new Rule037LaanPerMaaned().check(record, ElevenFTestRecords.context(2025));

		assertThat(findings).hasSize(fires ? 1 : 0);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R037);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo("J0000001");
			assertThat(f.message()).doesNotContain(record.value(ElevenFField.PERSON_FODSELSNR).isEmpty() ? "\u0000"
					: record.value(ElevenFField.PERSON_FODSELSNR));
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("no loan", Map.of(), false),
				Arguments.of("loan without months", Map.of(ElevenFField.LAAN, "0000100"), true),
				Arguments.of("loan in months", Map.of(ElevenFField.LAAN, "0000100", ElevenFField.LAAN_MARS, "0000100"), false),
				Arguments.of("months sum to one more", Map.of(ElevenFField.LAAN, "0000100", ElevenFField.LAAN_MARS, "0000101"), true),
				Arguments.of("a doubled sign in a month counts as 0", Map.of(ElevenFField.LAAN, "0000005", ElevenFField.LAAN_JAN, "++00005"), true),
				Arguments.of("a doubled sign on both sides: 0 and 0", Map.of(ElevenFField.LAAN, "++00005", ElevenFField.LAAN_JAN, "+-00005"), false));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.LAAN, "+-00005", ElevenFField.LAAN_MARS, "0000005"));

		assertThat(new Rule037LaanPerMaaned().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("'+-00005'");
	}

}
