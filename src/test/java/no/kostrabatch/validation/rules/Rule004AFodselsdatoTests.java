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

class Rule004AFodselsdatoTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule004AFodselsdato(), RuleId.R004A, Severity.ERROR,
			ElevenFField.FODSELSDATO, "Fødselsdato mangler eller er ugyldig. Fant (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("valid date", Map.of(), false),
				Arguments.of("31 February is clamped, valid", Map.of(ElevenFField.FODSELSDATO, "31021990"), false),
				Arguments.of("blank", Map.of(ElevenFField.FODSELSDATO, "        "), true),
				Arguments.of("month 13", Map.of(ElevenFField.FODSELSDATO, "01131990"), true),
				Arguments.of("year 0000", Map.of(ElevenFField.FODSELSDATO, "01010000"), true),
				Arguments.of("NBSP padding is blank", Map.of(ElevenFField.FODSELSDATO, "\u00A0".repeat(8)), true));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.FODSELSDATO, "01010000"));

		assertThat(new Rule004AFodselsdato().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("år 0000 finnes ikke").doesNotContain("01010000");
	}

}
