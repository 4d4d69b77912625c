package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule030StorStonadssumV2024Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule030StorStonadssumV2024(), RuleId.R030_2024, Severity.WARNING,
			ElevenFField.BIDRAG, "Summen av bidrag (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2024, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("599 999", Map.of(ElevenFField.BIDRAG, "0599999"), false),
				Arguments.of("600 000", Map.of(ElevenFField.BIDRAG, "0600000"), true));
	}

}
