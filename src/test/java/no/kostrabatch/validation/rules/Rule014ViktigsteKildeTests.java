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

class Rule014ViktigsteKildeTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule014ViktigsteKilde(), RuleId.R014, Severity.ERROR,
			ElevenFField.VKLO, "Viktigste kilde til livsopphold må oppgis. Fant ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("5", Map.of(), false),
				Arguments.of("0", Map.of(ElevenFField.VKLO, "0"), true),
				Arguments.of("blank", Map.of(ElevenFField.VKLO, " "), true),
				Arguments.of("9", Map.of(ElevenFField.VKLO, "9"), false));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.VKLO, "0"));

		assertThat(new Rule014ViktigsteKilde().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("1=Arbeidsinntekt", "9=Annen inntekt");
	}

}
