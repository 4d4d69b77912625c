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

class Rule038DufNummerTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule038DufNummer(), RuleId.R038, Severity.WARNING,
			ElevenFField.PERSON_DUF, "Fødselsnummer/d-nummer mangler; da skal det oppgis et gyldig 12-sifret DUF-nummer.");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("fnr given", Map.of(), false),
				Arguments.of("valid DUF", Map.of(ElevenFField.PERSON_FODSELSNR, "           ", ElevenFField.PERSON_DUF, "201017238203"), false),
				Arguments.of("invalid DUF", Map.of(ElevenFField.PERSON_FODSELSNR, "           ", ElevenFField.PERSON_DUF, "201012345678"), true),
				Arguments.of("invalid fnr, no DUF", Map.of(ElevenFField.PERSON_FODSELSNR, "01840612345"), false),
				Arguments.of("NBSP fødselsnummer is blank, no DUF", Map.of(ElevenFField.PERSON_FODSELSNR, "\u00A0".repeat(11)), true),
				Arguments.of("NUL fødselsnummer is not blank", Map.of(ElevenFField.PERSON_FODSELSNR, "\u0000".repeat(11)), false));
	}

}
