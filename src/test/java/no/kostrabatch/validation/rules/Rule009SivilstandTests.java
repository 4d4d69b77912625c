package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule009SivilstandTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule009Sivilstand(), RuleId.R009, Severity.ERROR,
			ElevenFField.EKTSTAT, "Korrigér sivilstand. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("5", Map.of(ElevenFField.EKTSTAT, "5"), false),
				Arguments.of("6", Map.of(ElevenFField.EKTSTAT, "6"), true),
				Arguments.of("blank", Map.of(ElevenFField.EKTSTAT, " "), true));
	}

}
