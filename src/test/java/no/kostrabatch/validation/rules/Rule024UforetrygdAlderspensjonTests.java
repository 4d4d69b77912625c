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

class Rule024UforetrygdAlderspensjonTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule024UforetrygdAlderspensjon(), RuleId.R024, Severity.WARNING,
			ElevenFField.ARBSIT, "Mottakeren mottar trygd (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("disability, not seeking work", Map.of(ElevenFField.TRYGDESIT, "04", ElevenFField.ARBSIT, "04"), false),
				Arguments.of("disability, full-time work", Map.of(ElevenFField.TRYGDESIT, "04", ElevenFField.ARBSIT, "01"), true),
				Arguments.of("pension, unregistered unemployed", Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.ARBSIT, "08"), true));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.TRYGDESIT, "07", ElevenFField.ARBSIT, "01"));

		assertThat(new Rule024UforetrygdAlderspensjon().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("trygd (07=Alderspensjon)", "(01=Arbeid, heltid)", "02=Arbeid, deltid");
	}

}
