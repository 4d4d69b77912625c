package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule030StorStonadssumTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule030StorStonadssum(), RuleId.R030, Severity.WARNING,
			ElevenFField.BIDRAG, "Summen av bidrag (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("1 000 000", Map.of(ElevenFField.BIDRAG, "1000000", ElevenFField.BIDRAG_JAN, "1000000"), false),
				Arguments.of("1 000 001", Map.of(ElevenFField.BIDRAG, "1000000", ElevenFField.LAAN, "0000001", ElevenFField.BIDRAG_JAN, "1000000", ElevenFField.LAAN_JAN, "0000001"), true));
	}

}
