package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule020BTrygdPensjonTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule020BTrygdPensjon(), RuleId.R020B, Severity.ERROR,
			ElevenFField.TRYGDESIT, "Mottakerens viktigste kilde til livsopphold er Trygd/pensjon. Trygdesituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("trygd with AAP", Map.of(ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "11", ElevenFField.ARBSIT, "04"), false),
				Arguments.of("trygd without benefit", Map.of(ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "12"), true),
				Arguments.of("trygd with blank", Map.of(ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "  "), true));
	}

}
