package no.kostrabatch.input;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static no.kostrabatch.input.Fixtures.FNR_1970;
import static no.kostrabatch.input.Fixtures.FNR_1981;
import static no.kostrabatch.input.Fixtures.FNR_1988;
import static no.kostrabatch.input.Fixtures.FNR_1990;
import static no.kostrabatch.input.Fixtures.FNR_1990_B;
import static no.kostrabatch.input.Fixtures.PSEUDONYMISER;
import static no.kostrabatch.input.Fixtures.facts;
import static no.kostrabatch.input.Fixtures.file;
import static no.kostrabatch.input.Fixtures.key;
import static no.kostrabatch.input.Fixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

class CsvExtractReaderTests {

	@Test
	void everyRowBecomesOneFactWithItsCodesAsDelivered() throws IOException {
		Path file = file("01_OK_semicolon_utf8_bom_crlf.csv");
		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, null)) {
			assertThat(reader.format()).isEqualTo(ExtractFormat.CSV);
			assertThat(reader.reportingYear()).isEqualTo(2025);
			assertThat(reader.description()).isEqualTo("CSV (UTF-8 med BOM, skilletegn ';', CRLF)");
		}
		List<PersonMonth> facts = facts(readAll(file, null));

		String duf = PSEUDONYMISER.personKey("", "201017238203", "0301", "J-1002").orElseThrow();
		String journal = PSEUDONYMISER.personKey("", "", "0301", "J-1003").orElseThrow();
		assertThat(facts).containsExactly(
				new PersonMonth("0301", "03", YearMonth.of(2025, 1), key(FNR_1990), 1990, "2", "1", "1", 2, "5", "12",
						"07", "1", "NO", 8200, 0, true, 2),
				new PersonMonth("0301", "03", YearMonth.of(2025, 1), key(FNR_1990), 1990, "2", "1", "1", 2, "5", "12",
						"07", "1", "NO", 1300, 500, true, 3),
				new PersonMonth("0301", "14", YearMonth.of(2025, 2), duf, 1985, "1", "3", "2", 0, "3", "04", "04", null,
						"SE", 0, 0, false, 4),
				new PersonMonth("0301", null, YearMonth.of(2025, 2), journal, 1979, "7", null, null, null, "X", null,
						null, null, null, 4100, 0, true, 5));
	}

	@Test
	void windows1252ExtractWithExcelTextFieldsGivesTheSameFactsAsUtf8() throws IOException {
		List<PersonMonth> facts = facts(readAll(file("02_OK_comma_windows1252_lf.csv"), null));

		assertThat(facts).extracting(PersonMonth::municipality).containsExactly("4601", "4601");
		assertThat(facts).extracting(PersonMonth::personKey).containsExactly(key(FNR_1970), key(FNR_1970));
		assertThat(facts).extracting(PersonMonth::month)
			.containsExactly(YearMonth.of(2024, 11), YearMonth.of(2024, 12));
		assertThat(facts).extracting(PersonMonth::bidrag).containsExactly(12000L, 9000L);
		assertThat(facts).extracting(PersonMonth::birthYear).containsExactly(1970, 1970);
		assertThat(facts).extracting(PersonMonth::childrenFlag).containsExactly("2", "2");
	}

	@Test
	void badLinesAreRejectedWithLineAndFieldAndNeverShowAPersonalValue() throws IOException {
		List<ParsedLine> lines = readAll(file("05_ERROR_bad_values.csv"), null);

		assertThat(lines).extracting(ParsedLine::lineNumber)
			.containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
		assertThat(lines.subList(0, 9)).map((line) -> ((ParsedLine.Rejected) line).reason())
			.containsExactly("Linje 2: feltet PERIODE har '2025-13', forventet ÅÅÅÅ-MM",
					"Linje 3: feltet PERIODE har en verdi som ikke er en måned (verdien vises ikke), forventet ÅÅÅÅ-MM",
					"Linje 4: feltet BIDRAG har '5 000,50', forventet et helt antall kroner, 0 eller mer",
					"Linje 5: feltet BIDRAG har en verdi som ikke er et tall (verdien vises ikke), "
							+ "forventet et helt antall kroner, 0 eller mer",
					"Linje 6: feltet LAAN har '-200', forventet et helt antall kroner, 0 eller mer",
					"Linje 7: feltet LAAN har en verdi som ikke er et tall (verdien vises ikke), "
							+ "forventet et helt antall kroner, 0 eller mer",
					"Linje 8: feltet KOMMUNE_NR har '301', forventet fire sifre",
					"Linje 9: feltet PERIODE er tomt, forventet ÅÅÅÅ-MM",
					"Linje 10: mangler personidentifikasjon (PERSON_FODSELSNR, PERSON_DUF og PERSON_JOURNALNR er tomme)");
		assertThat(lines.subList(0, 9)).map((line) -> ((ParsedLine.Rejected) line).reason())
			.allSatisfy((reason) -> assertThat(reason).doesNotContain(FNR_1988, "17.04.1988", "Kari", "ola", "J-77"));
		PersonMonth journalOnly = ((ParsedLine.Facts) lines.get(9)).facts().get(0);
		assertThat(journalOnly.personKey())
			.isEqualTo(PSEUDONYMISER.personKey("", "", "1103", "J-77").orElseThrow());
		assertThat(journalOnly.birthYear()).isNull();
	}

	@Test
	void aMappedExtractIsReadWithItsOwnNamesAndCodes() throws IOException {
		ColumnMapping mapping = ColumnMapping.load(file("06_mapping.yml"));

		List<PersonMonth> facts = facts(readAll(file("06_OK_own_columns.csv"), mapping));

		assertThat(facts).containsExactly(
				new PersonMonth("4601", null, YearMonth.of(2025, 6), key(FNR_1990_B), 1990, "2", "1", "2", 0, "5", "04",
						"07", null, null, 1500, 0, true, 2),
				new PersonMonth("4601", null, YearMonth.of(2025, 6), key(FNR_1981), 1981, "1", "2", "1", 1, "1", "01",
						"01", null, null, 700, 0, true, 3));
	}

	@Test
	void blankRowsAreCountedAQuotedLineBreakRejectsBothLinesAndLinesStayPhysical() throws IOException {
		List<ParsedLine> lines = readAll(file("03_ERROR_multiline_and_blank_lines.csv"), null);

		assertThat(lines).extracting(ParsedLine::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(lines).extracting((l) -> l.getClass().getSimpleName())
			.containsExactly("Rejected", "Rejected", "Blank", "Facts", "Blank", "Facts");
		assertThat(facts(lines)).extracting(PersonMonth::amount).containsExactly(200L, 300L);
		assertThat(facts(lines)).extracting(PersonMonth::sourceLine).containsExactly(5L, 7L);
	}

}
