package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule043TypeVilkaarTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule043TypeVilkaar(), RuleId.R043, Severity.ERROR,
			ElevenFField.VILKARARBEID, "Når det stilles vilkår, skal det oppgis hvilke vilkår som stilles. Ingen av vilkårsfeltene er fylt ut. Feltet er obligatorisk.");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("conditions with a condition", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.VILKARSAMT, "08"), false),
				Arguments.of("conditions without any", Map.of(ElevenFField.VILKARSOSLOV, "1"), true),
				Arguments.of("wrong code", Map.of(ElevenFField.VILKARSOSLOV, "1", ElevenFField.VILKARSAMT, "07"), true));
	}

}
