package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule013MangeBarnTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule013MangeBarn(), RuleId.R013, Severity.ERROR,
			ElevenFField.ANTBU18, "Antall barn (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("13 children", Map.of(ElevenFField.BU18, "1", ElevenFField.ANTBU18, "13"), false),
				Arguments.of("14 children", Map.of(ElevenFField.BU18, "1", ElevenFField.ANTBU18, "14"), true));
	}

}
