package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule024BArbeidsavklaringspengerTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule024BArbeidsavklaringspenger(), RuleId.R024B, Severity.ERROR,
			ElevenFField.ARBSIT, "Mottakeren mottar trygd (11=Arbeidsavklaringspenger), men har ugyldig kode (08=Arbeidsledig, men ikke registrert hos NAV) på arbeidssituasjon.");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("AAP, not seeking work", Map.of(ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "11", ElevenFField.ARBSIT, "04"), false),
				Arguments.of("AAP, unregistered unemployed", Map.of(ElevenFField.VKLO, "3", ElevenFField.TRYGDESIT, "11", ElevenFField.ARBSIT, "08"), true));
	}

}
