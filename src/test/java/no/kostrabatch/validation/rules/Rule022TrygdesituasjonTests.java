package no.kostrabatch.validation.rules;

import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule022TrygdesituasjonTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule022Trygdesituasjon(), RuleId.R022, Severity.ERROR,
			ElevenFField.TRYGDESIT, "Trygdesituasjon må oppgis. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("12", Map.of(), false),
				Arguments.of("03 does not exist", Map.of(ElevenFField.TRYGDESIT, "03"), true),
				Arguments.of("blank", Map.of(ElevenFField.TRYGDESIT, "  "), true));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.TRYGDESIT, "03"));

		assertThat(new Rule022Trygdesituasjon().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("07=Alderspensjon", "13=Barnetrygd");
	}

}
