package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule041UtbetalingsvedtakTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule041Utbetalingsvedtak(), RuleId.R041, Severity.ERROR,
			ElevenFField.UTBETDATO, "Når det stilles vilkår, skal dato for utbetalingsvedtak oppgis. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("no conditions", Map.of(), false),
				Arguments.of("conditions with date", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.UTBETDATO, "01032025"), false),
				Arguments.of("conditions without date", Map.of(ElevenFField.VILKARSOSLOV, "1"), true),
				Arguments.of("conditions with year 0000", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.UTBETDATO, "01010000"), true));
	}

}
