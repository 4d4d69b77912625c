package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule031LitenStonadssumTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule031LitenStonadssum(), RuleId.R031, Severity.WARNING,
			ElevenFField.BIDRAG, "Summen av bidrag (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("201", Map.of(ElevenFField.BIDRAG, "0000201", ElevenFField.BIDRAG_JAN, "0000201"), false),
				Arguments.of("200", Map.of(ElevenFField.BIDRAG, "0000200", ElevenFField.BIDRAG_JAN, "0000200"), true),
				Arguments.of("0", Map.of(ElevenFField.BIDRAG, "0000000", ElevenFField.BIDRAG_JAN, "       "), true));
	}

}
