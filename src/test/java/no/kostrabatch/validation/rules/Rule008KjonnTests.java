package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule008KjonnTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule008Kjonn(), RuleId.R008, Severity.ERROR,
			ElevenFField.KJONN, "Korrigér kjønn. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("1", Map.of(), false),
				Arguments.of("2", Map.of(ElevenFField.KJONN, "2"), false),
				Arguments.of("3", Map.of(ElevenFField.KJONN, "3"), true),
				Arguments.of("blank", Map.of(ElevenFField.KJONN, " "), true),
				Arguments.of("letter", Map.of(ElevenFField.KJONN, "M"), true));
	}

}
