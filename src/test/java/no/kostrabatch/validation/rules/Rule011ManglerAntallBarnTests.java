package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule011ManglerAntallBarnTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule011ManglerAntallBarn(), RuleId.R011, Severity.ERROR,
			ElevenFField.ANTBU18, "Det er krysset av for at det bor barn under 18 år i husholdningen, men antall barn ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("children ticked with 1", Map.of(ElevenFField.BU18, "1", ElevenFField.ANTBU18, "01"), false),
				Arguments.of("children ticked, none given", Map.of(ElevenFField.BU18, "1", ElevenFField.ANTBU18, "  "), true),
				Arguments.of("children ticked, 0", Map.of(ElevenFField.BU18, "1", ElevenFField.ANTBU18, "00"), true));
	}

}
