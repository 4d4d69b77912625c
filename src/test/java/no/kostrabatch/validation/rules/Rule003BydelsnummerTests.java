package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule003BydelsnummerTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule003Bydelsnummer(), RuleId.R003_BYDEL, Severity.ERROR,
			ElevenFField.BYDELSNR, "Korrigér bydel. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("Oslo district 01", Map.of(), false),
				Arguments.of("Oslo district 15", Map.of(ElevenFField.BYDELSNR, "15"), false),
				Arguments.of("Oslo district 16", Map.of(ElevenFField.BYDELSNR, "16"), true),
				Arguments.of("Oslo blank district", Map.of(ElevenFField.BYDELSNR, "  "), true),
				Arguments.of("Bergen blank", Map.of(ElevenFField.KOMMUNE_NR, "4601", ElevenFField.BYDELSNR, "  "), false),
				Arguments.of("Bergen with district", Map.of(ElevenFField.KOMMUNE_NR, "4601", ElevenFField.BYDELSNR, "01"), true));
	}

}
