package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.stream.Stream;

import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule000SkalLevereFiluttrekkTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void firesOnlyForAFileWithoutRecords(String description, long lines, long records, String message) {
		List<Finding> findings = new Rule000SkalLevereFiluttrekk().check(lines, records);

		if (message == null) {
			assertThat(findings).isEmpty();
			return;
		}
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R000);
			assertThat(f.severity()).isEqualTo(Severity.FATAL);
			assertThat(f.line()).isEqualTo(1);
			assertThat(f.field()).isNull();
			assertThat(f.journal()).isEmpty();
			assertThat(f.message()).isEqualTo(message);
		});
	}

	static Stream<Arguments> rows() {
		String tail = ". Det skal leveres et filuttrekk med én linje per mottaker (fant 0 records, forventet minst 1).";
		return Stream.of(Arguments.of("empty file", 0L, 0L, "Filen er tom" + tail),
				Arguments.of("one blank line", 1L, 0L, "Filen har 1 linje, men ingen med innhold" + tail),
				Arguments.of("three blank lines", 3L, 0L, "Filen har 3 linjer, men ingen med innhold" + tail),
				Arguments.of("one record", 1L, 1L, null), Arguments.of("records among blank lines", 5L, 2L, null));
	}

}
