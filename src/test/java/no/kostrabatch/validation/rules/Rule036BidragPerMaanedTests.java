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

class Rule036BidragPerMaanedTests {

	private static final RuleChecks CHECKS = new RuleChecks(new Rule036BidragPerMaaned(), RuleId.R036, Severity.WARNING,
			ElevenFField.BIDRAG, "Bidrag fordelt på måneder (sum ");

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		CHECKS.firesOnlyWhenBroken(2025, overrides, fires);
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("sums agree", Map.of(), false),
				Arguments.of("months sum to one less", Map.of(ElevenFField.BIDRAG_JAN, "0004999"), true),
				Arguments.of("months missing", Map.of(ElevenFField.BIDRAG_JAN, "       "), true),
				Arguments.of("months sum to one more", Map.of(ElevenFField.BIDRAG_JAN, "0005001"), true),
				Arguments.of("a doubled sign in a month counts as 0", Map.of(ElevenFField.BIDRAG_JAN, "++05000"), true),
				Arguments.of("a doubled sign in the year counts as 0", Map.of(ElevenFField.BIDRAG, "+-05000"), true));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2025, Map.of(ElevenFField.BIDRAG, "++05000"));

		assertThat(new Rule036BidragPerMaaned().check(record, ElevenFTestRecords.context(2025))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("'++05000'", "sum 5000");
	}

}
