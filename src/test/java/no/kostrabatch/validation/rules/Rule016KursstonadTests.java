package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule016KursstonadTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule016Kursstonad(), RuleId.R016, Severity.ERROR,
			ElevenFField.ARBSIT, "Mottakerens viktigste kilde til livsopphold er Kursstønad/lønn i arbeidsmarkedstiltak. Arbeidssituasjonen er ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("course, municipal scheme", Map.of(ElevenFField.VKLO, "2", ElevenFField.ARBSIT, "06"), false),
				Arguments.of("course, full-time work", Map.of(ElevenFField.VKLO, "2", ElevenFField.ARBSIT, "01"), true));
	}

}
