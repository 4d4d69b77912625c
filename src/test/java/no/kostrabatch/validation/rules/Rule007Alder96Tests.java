package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static no.kostrabatch.validation.rules.ElevenFTestRecords.fnr;

class Rule007Alder96Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule007Alder96(), RuleId.R007, Severity.WARNING,
			ElevenFField.PERSON_FODSELSNR, "Mottakeren (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("age 95", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(1930)), false),
				Arguments.of("age 96", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(1929)), true),
				Arguments.of("unknown age", Map.of(ElevenFField.PERSON_FODSELSNR, "           "), false));
	}

}
