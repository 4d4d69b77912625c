package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule042UtbetalingsvedtakTilOgMedTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule042UtbetalingsvedtakTilOgMed(), RuleId.R042, Severity.ERROR,
			ElevenFField.UTBETTOMDATO, "Når det stilles vilkår, skal til og med-dato for utbetalingsvedtak oppgis. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("conditions with date", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.UTBETTOMDATO, "31122025"), false),
				Arguments.of("conditions with bad date", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.UTBETTOMDATO, "32122025"), true),
				Arguments.of("conditions with year 0000", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.UTBETTOMDATO, "01010000"), true));
	}

}
