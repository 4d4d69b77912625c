package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule003KommunenummerTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule003Kommunenummer(), RuleId.R003_KOMMUNE, Severity.ERROR,
			ElevenFField.KOMMUNE_NR, "Korrigér kommunenummeret. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unknown")
	void namesANumberThatIsNoMunicipalityInTheYear(String code, int year, String context, String message) {
		ElevenFRecord record = ElevenFTestRecords.record(year, Map.of(ElevenFField.KOMMUNE_NR, code, ElevenFField.BYDELSNR, "  "));

		List<Finding> findings = new Rule003Kommunenummer().check(record, new ValidationContext(year, context));

		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.field()).isEqualTo(ElevenFField.KOMMUNE_NR);
			assertThat(f.message()).isEqualTo(message);
		});
	}

	static Stream<Arguments> unknown() {
		return Stream.of(
				Arguments.of("0788", 2025, "0788", "Korrigér kommunenummeret. Fant '0788', som ikke er et kommunenummer i 2025."),
				Arguments.of("9999", 2025, "0301", "Korrigér kommunenummeret. Fant '9999', som ikke er et kommunenummer i 2025."),
				Arguments.of("3005", 2024, "3005", "Korrigér kommunenummeret. Fant '3005', som ikke er et kommunenummer i 2024."));
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("same municipality", Map.of(), false),
				Arguments.of("other municipality", Map.of(ElevenFField.KOMMUNE_NR, "4601", ElevenFField.BYDELSNR, "  "), true));
	}

}
