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

class Rule023AAlderspensjonTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule023AAlderspensjon(), RuleId.R023A, Severity.ERROR,
			ElevenFField.TRYGDESIT, "Mottakeren (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("pension at 62", Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.PERSON_FODSELSNR, fnr(1963)), false),
				Arguments.of("pension at 61", Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.PERSON_FODSELSNR, fnr(1964)), true),
				Arguments.of("pension, unknown age", Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.PERSON_FODSELSNR, "           "), true));
	}

}
