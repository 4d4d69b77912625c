package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule005BJournalnummerDubletterTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void firesForEveryRecordOfARepeatedRawJournalNumber(String description, List<String> journals,
			List<String> expected) {
		Rule005BJournalnummerDubletter rule = new Rule005BJournalnummerDubletter();
		long line = 0;
		for (String journal : journals) {
			String text = ElevenFTestRecords.line(2025, Map.of(ElevenFField.PERSON_JOURNALNR, journal));
			rule.accept(new ElevenFRecord(ElevenFLayout.forYear(2025), ++line, text));
		}

		List<Finding> findings = rule.findings();

		assertThat(findings).extracting((f) -> f.line() + " " + f.journal() + ": " + f.message())
			.containsExactlyElementsOf(expected);
		findings.forEach((f) -> assertThat(f.rule()).isEqualTo(RuleId.R005B));
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("different journals", List.of("J1      ", "J2      "), List.of()),
				Arguments.of("twice", List.of("J1      ", "J2      ", "J1      "),
						List.of("1 J1: Journalnummer 'J1' forekommer 2 ganger.",
								"3 J1: Journalnummer 'J1' forekommer 2 ganger.")),
				Arguments.of("raw values differ by a leading space", List.of("J1      ", " J1     "), List.of()),
				Arguments.of("blank journals are duplicates", List.of("        ", "        ", "J1      "),
						List.of("1 : Journalnummer '' forekommer 2 ganger.", "2 : Journalnummer '' forekommer 2 ganger.")));
	}

}
