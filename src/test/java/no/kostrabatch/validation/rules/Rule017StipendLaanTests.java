package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule017StipendLaanTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule017StipendLaan(), RuleId.R017, Severity.ERROR,
			ElevenFField.ARBSIT, "Mottakerens viktigste kilde til livsopphold er Stipend/lån. Arbeidssituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("student", Map.of(ElevenFField.VKLO, "4", ElevenFField.ARBSIT, "03"), false),
				Arguments.of("student, not in education", Map.of(ElevenFField.VKLO, "4", ElevenFField.ARBSIT, "04"), true));
	}

}
