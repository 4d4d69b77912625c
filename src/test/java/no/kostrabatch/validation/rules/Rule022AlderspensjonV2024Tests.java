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

class Rule022AlderspensjonV2024Tests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule022AlderspensjonV2024(), RuleId.R022_2024, Severity.ERROR,
			ElevenFField.TRYGDESIT, "Mottakeren (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2024, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("pension at 60", Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.PERSON_FODSELSNR, fnr(1964)), false),
				Arguments.of("pension at 59", Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.PERSON_FODSELSNR, fnr(1965)), true));
	}

}
