package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule015ArbeidsinntektTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule015Arbeidsinntekt(), RuleId.R015, Severity.ERROR,
			ElevenFField.ARBSIT, "Mottakerens viktigste kilde til livsopphold er Arbeidsinntekt. Arbeidssituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("work, full time", Map.of(ElevenFField.VKLO, "1", ElevenFField.ARBSIT, "01"), false),
				Arguments.of("work, unemployed", Map.of(ElevenFField.VKLO, "1", ElevenFField.ARBSIT, "07"), true),
				Arguments.of("other source", Map.of(), false));
	}

}
