package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule012BarnUtenAvkrysningTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule012BarnUtenAvkrysning(), RuleId.R012, Severity.ERROR,
			ElevenFField.BU18, "Det er oppgitt ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
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
