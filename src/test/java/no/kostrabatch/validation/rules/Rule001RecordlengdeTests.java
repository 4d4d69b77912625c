package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule001RecordlengdeTests {

	private static final String TAIL = "Alle records skal være %d tegn, med mellomrom i tomme posisjoner og "
			+ "linjeskift til slutt. Denne feilen stopper de andre kontrollene.";

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void firesForAWrongLengthOrATab(String description, int year, String line, String start) {
		ElevenFLayout layout = ElevenFLayout.forYear(year);

		List<Finding> findings = new Rule001Recordlengde().check(4, line, layout);

		if (start == null) {
			assertThat(findings).isEmpty();
			return;
		}
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R001);
			assertThat(f.severity()).isEqualTo(Severity.FATAL);
			assertThat(f.line()).isEqualTo(4);
			assertThat(f.journal()).isEmpty();
			assertThat(f.message()).isEqualTo(start + String.format(TAIL, layout.length()));
			assertThat(f.message()).doesNotContain(ElevenFTestRecords.fnr(1990));
		});
	}

	static Stream<Arguments> rows() {
		String line2025 = ElevenFTestRecords.line(2025, Map.of());
		String line2024 = ElevenFTestRecords.line(2024, Map.of());
		return Stream.of(Arguments.of("338 characters in 2025", 2025, line2025, null),
				Arguments.of("338 characters in 2026", 2026, line2025, null),
				Arguments.of("324 characters in 2024", 2024, line2024, null),
				Arguments.of("one short", 2025, line2025.substring(1),
						"Linje 4 har 337 tegn, forventet 338 tegn (layout 2025). "),
				Arguments.of("one long", 2025, line2025 + " ", "Linje 4 har 339 tegn, forventet 338 tegn (layout 2025). "),
				Arguments.of("truncated line", 2025, line2025.substring(0, 300),
						"Linje 4 har 300 tegn, forventet 338 tegn (layout 2025). "),
				Arguments.of("a 2024 line in 2025", 2025, line2024, "Linje 4 har 324 tegn, forventet 338 tegn (layout 2025). "),
				Arguments.of("a 2025 line in 2024", 2024, line2025, "Linje 4 har 338 tegn, forventet 324 tegn (layout 2024). "),
				Arguments.of("a TAB at the right length", 2025, "\t" + line2025.substring(1),
						"Linje 4 inneholder tabulator (tegn 1), forventet 338 tegn (layout 2025). "),
				Arguments.of("UTF-16 read as bytes", 2025, line2025.replace(" ", " \u0000"),
						"Linje 4 inneholder NUL-tegn (filen er trolig lagret som UTF-16; lagre den som ISO-8859-1 eller "
								+ "UTF-8), forventet 338 tegn (layout 2025). "));
	}

}
