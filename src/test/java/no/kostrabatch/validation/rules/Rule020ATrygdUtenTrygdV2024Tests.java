package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule020ATrygdUtenTrygdV2024Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule020ATrygdUtenTrygdV2024(), RuleId.R020A_2024, Severity.WARNING,
			ElevenFField.TRYGDESIT, "Mottakeren har ikke trygd/pensjon som viktigste kilde til livsopphold, men trygdesituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2024, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("no benefit", Map.of(), false),
				Arguments.of("benefit without trygd as main source", Map.of(ElevenFField.TRYGDESIT, "11"), true),
				Arguments.of("trygd as main source", Map.of(ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "11"), false));
	}

}
