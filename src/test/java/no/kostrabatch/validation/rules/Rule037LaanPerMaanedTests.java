package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule037LaanPerMaanedTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule037LaanPerMaaned(), RuleId.R037, Severity.WARNING,
			ElevenFField.LAAN, "Lån fordelt på måneder (sum ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
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
