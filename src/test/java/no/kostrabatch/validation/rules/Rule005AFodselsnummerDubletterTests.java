package no.kostrabatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
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

class Rule005AFodselsnummerDubletterTests {

	private static final String A = ElevenFTestRecords.fnr(1990);

	private static final String B = ElevenFTestRecords.fnr(1980);

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void firesForEveryRecordOfARepeatedValidNumber(String description, List<String[]> records, List<String> expected) {
		Rule005AFodselsnummerDubletter rule = new Rule005AFodselsnummerDubletter();
		long line = 0;
		for (String[] fnrAndJournal : records) {
			rule.accept(record(++line, fnrAndJournal[0], fnrAndJournal[1]));
		}

		List<Finding> findings = rule.findings();

		assertThat(findings).extracting((f) -> f.line() + " " + f.journal() + ": " + f.message())
			.containsExactlyElementsOf(expected);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R005A);
			assertThat(f.field()).isEqualTo(ElevenFField.PERSON_FODSELSNR);
			assertThat(f.message()).doesNotContain(A).doesNotContain(B);
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("different numbers", rows(A, "J1", B, "J2"), List.of()),
				Arguments.of("same number twice", rows(A, "J1", B, "J2", A, "J3"),
						List.of("1 J1: Fødselsnummeret i journalnummer J1 fins også i journalene J3.",
								"3 J3: Fødselsnummeret i journalnummer J3 fins også i journalene J1.")),
				Arguments.of("three times", rows(A, "J1", A, "J2", A, "J3"),
						List.of("1 J1: Fødselsnummeret i journalnummer J1 fins også i journalene J2, J3.",
								"2 J2: Fødselsnummeret i journalnummer J2 fins også i journalene J1, J3.",
								"3 J3: Fødselsnummeret i journalnummer J3 fins også i journalene J1, J2.")),
				Arguments.of("same number, same journal", rows(A, "J1", A, "J1"),
						List.of("1 J1: Fødselsnummeret i journalnummer J1 fins også på linje 2.",
								"2 J1: Fødselsnummeret i journalnummer J1 fins også på linje 1.")),
				Arguments.of("blank numbers are not duplicates", rows("", "J1", "", "J2"), List.of()),
				Arguments.of("placeholders are not duplicates", rows("01018000100", "J1", "01018000100", "J2"),
						List.of()),
				Arguments.of("invalid numbers are not duplicates", rows("01840612345", "J1", "01840612345", "J2"),
						List.of()));
	}

	private static List<String[]> rows(String... fnrAndJournal) {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < fnrAndJournal.length; i += 2) {
			rows.add(new String[] { fnrAndJournal[i], fnrAndJournal[i + 1] });
		}
		return rows;
	}

	private static ElevenFRecord record(long line, String fnr, String journal) {
		String text = ElevenFTestRecords.line(2025,
				java.util.Map.of(ElevenFField.PERSON_FODSELSNR, String.format("%-11s", fnr),
						ElevenFField.PERSON_JOURNALNR, String.format("%-8s", journal)));
		return new ElevenFRecord(ElevenFLayout.forYear(2025), line, text);
	}

}
