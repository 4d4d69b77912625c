package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static no.kostrabatch.validation.rules.ElevenFTestRecords.fnr;
import static org.assertj.core.api.Assertions.assertThat;

class Rule024UforetrygdAlderspensjonV2024Tests {

	@ParameterizedTest(name = "{0} → fires: {2}")
	@MethodSource("rows")
	void firesOnlyWhenTheRuleIsBroken(String description, Map<ElevenFField, String> overrides, boolean fires) {
		ElevenFRecord record = ElevenFTestRecords.record(2024, overrides);

		List<Finding> findings = new Rule024UforetrygdAlderspensjonV2024().check(record, ElevenFTestRecords.context(2024));

		assertThat(findings).hasSize(fires ? 1 : 0);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R024_2024);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo("J0000001");
			assertThat(f.message()).doesNotContain(record.value(ElevenFField.PERSON_FODSELSNR).isEmpty() ? "\u0000"
					: record.value(ElevenFField.PERSON_FODSELSNR));
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("disability, not seeking work", Map.of(ElevenFField.TRYGDESIT, "04", ElevenFField.ARBSIT, "04"), false),
				Arguments.of("disability, in education", Map.of(ElevenFField.TRYGDESIT, "04", ElevenFField.ARBSIT, "03"), true));
	}

	@org.junit.jupiter.api.Test
	void theMessageKeepsWhatSsbShows() {
		ElevenFRecord record = ElevenFTestRecords.record(2024, Map.of(ElevenFField.TRYGDESIT, "04", ElevenFField.ARBSIT, "01"));

		assertThat(new Rule024UforetrygdAlderspensjonV2024().check(record, ElevenFTestRecords.context(2024))).singleElement()
			.extracting(Finding::message)
			.asString()
			.contains("trygd (04=Uføretrygd)", "(01=Arbeid, heltid)");
	}

}
