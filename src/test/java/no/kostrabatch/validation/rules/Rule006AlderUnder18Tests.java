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

class Rule006AlderUnder18Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule006AlderUnder18(), RuleId.R006, Severity.WARNING,
			ElevenFField.PERSON_FODSELSNR, "Deltakeren (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("age 17", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(2008)), true),
				Arguments.of("age 18", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(2007)), false),
				Arguments.of("unknown age", Map.of(ElevenFField.PERSON_FODSELSNR, "           "), true));
	}

}
