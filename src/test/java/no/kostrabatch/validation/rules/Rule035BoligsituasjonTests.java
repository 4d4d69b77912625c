package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule035BoligsituasjonTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule035Boligsituasjon(), RuleId.R035, Severity.ERROR,
			ElevenFField.BOSIT, "Det er ikke krysset av for boligsituasjon. Utfylt verdi er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("1", Map.of(), false),
				Arguments.of("7", Map.of(ElevenFField.BOSIT, "7"), true),
				Arguments.of("blank", Map.of(ElevenFField.BOSIT, " "), true));
	}

}
