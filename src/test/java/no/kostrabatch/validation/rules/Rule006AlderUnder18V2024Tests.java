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

class Rule006AlderUnder18V2024Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule006AlderUnder18V2024(), RuleId.R006_2024, Severity.WARNING,
			ElevenFField.PERSON_FODSELSNR, "Deltakeren (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2024, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("age 17", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(2007)), true),
				Arguments.of("age 18", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(2006)), false),
				Arguments.of("placeholder with a D-number date, born 2010", Map.of(ElevenFField.PERSON_FODSELSNR, "55061000100"), true),
				Arguments.of("unknown age", Map.of(ElevenFField.PERSON_FODSELSNR, "           "), false));
	}

}
