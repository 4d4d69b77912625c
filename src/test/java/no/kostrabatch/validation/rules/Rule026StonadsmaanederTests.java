package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule026StonadsmaanederTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule026Stonadsmaaneder(), RuleId.R026, Severity.ERROR,
			ElevenFField.STMND_1, "Det er ikke krysset av for måneder der bidrag (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("January ticked", Map.of(), false),
				Arguments.of("nothing ticked", Map.of(ElevenFField.STMND_1, "  "), true),
				Arguments.of("wrong code in January", Map.of(ElevenFField.STMND_1, "02"), true));
	}

}
