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

class Rule007Alder68V2024Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule007Alder68V2024(), RuleId.R007_2024, Severity.WARNING,
			ElevenFField.PERSON_FODSELSNR, "Mottakeren (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2024, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("age 67", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(1957)), false),
				Arguments.of("age 68", Map.of(ElevenFField.PERSON_FODSELSNR, fnr(1956)), true));
	}

}
