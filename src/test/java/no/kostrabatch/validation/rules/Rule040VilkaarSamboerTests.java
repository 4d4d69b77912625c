package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule040VilkaarSamboerTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule040VilkaarSamboer(), RuleId.R040, Severity.ERROR,
			ElevenFField.VILKARSAMEKT, "Det er ikke krysset av for om det stilles vilkår til søkerens ektefelle/samboer. Registreres for første vilkår i året. Utfylt verdi er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("2", Map.of(), false),
				Arguments.of("9", Map.of(ElevenFField.VILKARSAMEKT, "9"), true),
				Arguments.of("blank", Map.of(ElevenFField.VILKARSAMEKT, " "), true));
	}

}
