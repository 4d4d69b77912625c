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

class Rule027StonadssumTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule027Stonadssum(), RuleId.R027, Severity.ERROR,
			ElevenFField.BIDRAG, "Beløp for stønad (bidrag (");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("5000", Map.of(), false),
				Arguments.of("loan only", Map.of(ElevenFField.BIDRAG, "0000000", ElevenFField.LAAN, "0000300", ElevenFField.BIDRAG_JAN, "       ", ElevenFField.LAAN_JAN, "0000300"), false),
				Arguments.of("nothing", Map.of(ElevenFField.BIDRAG, "0000000", ElevenFField.BIDRAG_JAN, "       "), true),
				Arguments.of("letters", Map.of(ElevenFField.BIDRAG, "abc    ", ElevenFField.BIDRAG_JAN, "       "), true),
				Arguments.of("a doubled sign counts as 0", Map.of(ElevenFField.BIDRAG, "++05000", ElevenFField.LAAN, "0000000"), true),
				Arguments.of("+- counts as 0", Map.of(ElevenFField.BIDRAG, "+-05000", ElevenFField.LAAN, "0000000"), true),
				Arguments.of("full-width digits count", Map.of(ElevenFField.BIDRAG, "５０００"), false));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.BIDRAG, "++00005", ElevenFField.LAAN, "0000000"));

		assertThat(new Rule027Stonadssum().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("'++00005'", "'0000000'");
	}

}
