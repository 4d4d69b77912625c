package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule021SosialhjelpTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule021Sosialhjelp(), RuleId.R021, Severity.WARNING,
			ElevenFField.ARBSIT, "Mottakerens viktigste kilde til livsopphold er Sosialhjelp. Arbeidssituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("social assistance, unemployed", Map.of(), false),
				Arguments.of("social assistance, in education", Map.of(ElevenFField.ARBSIT, "03"), false),
				Arguments.of("social assistance, full-time work", Map.of(ElevenFField.ARBSIT, "01"), true));
	}

}
