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

class Rule005FodselsnummerTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule005Fodselsnummer(), RuleId.R005, Severity.ERROR,
			ElevenFField.PERSON_FODSELSNR, "Fødselsnummer/d-nummer mangler eller inneholder feil. Med mindre det er en utenlandsk statsborger uten norsk nummer, skal feltet ha det 11-sifrede fødselsnummeret eller d-nummeret.");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("valid fnr", Map.of(), false),
				Arguments.of("valid D-number", Map.of(ElevenFField.PERSON_FODSELSNR, "41011088188"), false),
				Arguments.of("placeholder", Map.of(ElevenFField.PERSON_FODSELSNR, "01018000100"), false),
				Arguments.of("placeholder with a D-number date", Map.of(ElevenFField.PERSON_FODSELSNR, "55068000100"), true),
				Arguments.of("placeholder with a synthetic date", Map.of(ElevenFField.PERSON_FODSELSNR, "15868099999"), true),
				Arguments.of("control characters", Map.of(ElevenFField.PERSON_FODSELSNR, "\u0000".repeat(11)), true),
				Arguments.of("bad check digits", Map.of(ElevenFField.PERSON_FODSELSNR, "01840612345"), true),
				Arguments.of("blank with DUF", Map.of(ElevenFField.PERSON_FODSELSNR, "           ", ElevenFField.PERSON_DUF, "201017238203"), true));
	}

}
