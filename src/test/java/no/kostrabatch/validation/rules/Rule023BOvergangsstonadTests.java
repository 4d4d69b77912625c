package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule023BOvergangsstonadTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule023BOvergangsstonad(), RuleId.R023B, Severity.ERROR,
			ElevenFField.TRYGDESIT, "Mottakeren mottar overgangsstønad, men det er ikke oppgitt barn under 18 år i husholdningen.");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("with children", Map.of(ElevenFField.TRYGDESIT, "05", ElevenFField.BU18, "1", ElevenFField.ANTBU18, "01"), false),
				Arguments.of("without children", Map.of(ElevenFField.TRYGDESIT, "05"), true),
				Arguments.of("ticked but 0 children", Map.of(ElevenFField.TRYGDESIT, "05", ElevenFField.BU18, "1", ElevenFField.ANTBU18, "00"), true));
	}

}
