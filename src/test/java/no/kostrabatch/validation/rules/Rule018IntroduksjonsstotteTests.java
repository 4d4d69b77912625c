package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule018IntroduksjonsstotteTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule018Introduksjonsstotte(), RuleId.R018, Severity.ERROR,
			ElevenFField.ARBSIT, "Mottakerens viktigste kilde til livsopphold er Introduksjonsstøtte. Arbeidssituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("introduction", Map.of(ElevenFField.VKLO, "6", ElevenFField.ARBSIT, "09"), false),
				Arguments.of("introduction, other", Map.of(ElevenFField.VKLO, "6", ElevenFField.ARBSIT, "07"), true));
	}

}
