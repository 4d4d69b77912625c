package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule004OppgaveaarTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule004Oppgaveaar(), RuleId.R004, Severity.ERROR,
			ElevenFField.VERSION, "Korrigér årgang. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("25 in 2025", Map.of(), false),
				Arguments.of("24 in 2025", Map.of(ElevenFField.VERSION, "24"), true),
				Arguments.of("blank", Map.of(ElevenFField.VERSION, "  "), true));
	}

}
