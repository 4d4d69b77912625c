package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule039VilkaarTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule039Vilkaar(), RuleId.R039, Severity.ERROR,
			ElevenFField.VILKARSOSLOV, "Det er ikke krysset av for om det stilles vilkår til mottakeren etter sosialtjenesteloven. Registreres for første vilkår i året. Utfylt verdi er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("2", Map.of(), false),
				Arguments.of("blank", Map.of(ElevenFField.VILKARSOSLOV, " "), true),
				Arguments.of("3", Map.of(ElevenFField.VILKARSOSLOV, "3"), true));
	}

}
