package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule025ArbeidssituasjonTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule025Arbeidssituasjon(), RuleId.R025, Severity.ERROR,
			ElevenFField.ARBSIT, "Arbeidssituasjon er ikke fylt ut eller har feil kode. Utfylt verdi er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("07", Map.of(), false),
				Arguments.of("11", Map.of(ElevenFField.ARBSIT, "11"), true),
				Arguments.of("blank", Map.of(ElevenFField.ARBSIT, "  "), true));
	}

}
