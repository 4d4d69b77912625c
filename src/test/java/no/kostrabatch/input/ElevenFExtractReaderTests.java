package no.kostrabatch.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static no.kostrabatch.input.Fixtures.FNR_1970;
import static no.kostrabatch.input.Fixtures.FNR_1990;
import static no.kostrabatch.input.Fixtures.PSEUDONYMISER;
import static no.kostrabatch.input.Fixtures.facts;
import static no.kostrabatch.input.Fixtures.key;
import static no.kostrabatch.input.Fixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

class ElevenFExtractReaderTests {

	@TempDir
	Path dir;

	private static ElevenFLine person(int year) {
		return ElevenFLine.of(year, "4601")
			.set(ElevenFField.BYDELSNR, "02")
			.set(ElevenFField.PERSON_JOURNALNR, "J4711")
			.set(ElevenFField.PERSON_FODSELSNR, FNR_1990)
			.set(ElevenFField.KJONN, "2")
			.set(ElevenFField.EKTSTAT, "1")
			.set(ElevenFField.BU18, "1")
			.set(ElevenFField.ANTBU18, "02")
			.set(ElevenFField.VKLO, "5")
			.set(ElevenFField.TRYGDESIT, "12")
			.set(ElevenFField.ARBSIT, "07")
			.set(ElevenFField.BOSIT, "1");
	}

	@Test
	void the2025LayoutGivesOneFactPerMonthWithThatMonthsAmounts() throws IOException {
		Path file = write("2025.dat", person(2025).months(1, 2, 3)
			.amount(ElevenFField.BIDRAG, 9000)
			.amount(ElevenFField.LAAN, 500)
			.amount(ElevenFField.BIDRAG_JAN, 4000)
			.amount(ElevenFField.BIDRAG_FEB, 5000)
			.amount(ElevenFField.LAAN_MAI, 500)
			.toString());

		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, null)) {
			assertThat(reader.format()).isEqualTo(ExtractFormat.ELEVEN_F);
			assertThat(reader.reportingYear()).isEqualTo(2025);
			assertThat(reader.description()).isEqualTo("KOSTRA 11F, 2025-format (338 tegn), UTF-8");
		}
		List<PersonMonth> facts = facts(readAll(file, null));

		assertThat(facts).containsExactly(fact(2025, 1, 4000, 0), fact(2025, 2, 5000, 0), fact(2025, 3, 0, 0),
				fact(2025, 5, 0, 500));
	}

	@Test
	void the2024LayoutSpreadsTheYearlySumsOverTheTickedMonthsWhenNoMonthHasAnAmount() throws IOException {
		Path file = write("2024.dat", person(2024).months(3, 4, 5)
			.set(ElevenFField.BOSIT, "")
			.amount(ElevenFField.BIDRAG, 1000)
			.amount(ElevenFField.LAAN, 101)
			.toString());

		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, null)) {
			assertThat(reader.reportingYear()).isEqualTo(2024);
			assertThat(reader.description()).isEqualTo("KOSTRA 11F, 2024-format (324 tegn), UTF-8");
		}
		List<PersonMonth> facts = facts(readAll(file, null));

		assertThat(facts).extracting(PersonMonth::month)
			.containsExactly(YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5));
		assertThat(facts).extracting(PersonMonth::bidrag).containsExactly(333L, 333L, 334L);
		assertThat(facts).extracting(PersonMonth::laan).containsExactly(33L, 33L, 35L);
		assertThat(facts).extracting(PersonMonth::housing).containsOnlyNulls();
		assertThat(facts).extracting(PersonMonth::birthYear).containsOnly(1990);
		assertThat(facts).allMatch(PersonMonth::supportMonth);
	}

	@Test
	void version26WithThe338LayoutIsReportingYear2026() throws IOException {
		Path file = write("2026.dat", person(2026).months(12).amount(ElevenFField.BIDRAG, 77).toString());

		List<PersonMonth> facts = facts(readAll(file, null));

		assertThat(facts).extracting(PersonMonth::month).containsExactly(YearMonth.of(2026, 12));
		assertThat(facts).extracting(PersonMonth::bidrag).containsExactly(77L);
	}

	@Test
	void linesThatCannotBeReadAreRejectedAndBlankLinesCounted() throws IOException {
		String good = person(2025).months(6).amount(ElevenFField.BIDRAG_JUNI, 100).toString();
		String nothing = person(2025).toString();
		String yearlyOnly = person(2025).amount(ElevenFField.BIDRAG, 100).toString();
		String noPerson = person(2025).set(ElevenFField.PERSON_FODSELSNR, "")
			.set(ElevenFField.PERSON_JOURNALNR, "")
			.months(1)
			.toString();
		String badMunicipality = person(2025).set(ElevenFField.KOMMUNE_NR, "46A1").months(1).toString();
		String tab = good.substring(0, 330) + "\t" + good.substring(331);
		Path file = write("bad.dat", good, "", good.substring(0, 300), good + "   ", tab, nothing, yearlyOnly, noPerson,
				badMunicipality);

		List<ParsedLine> lines = readAll(file, null);

		assertThat(lines).extracting(ParsedLine::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(lines.get(0)).isInstanceOf(ParsedLine.Facts.class);
		assertThat(lines.get(1)).isEqualTo(new ParsedLine.Blank(2));
		assertThat(lines.subList(2, 9)).map((line) -> ((ParsedLine.Rejected) line).reason())
			.containsExactly("Linje 3: linjen har 300 tegn, forventet 338 (2025-formatet)",
					"Linje 4: linjen har 341 tegn, forventet 338 (2025-formatet)",
					"Linje 5: linjen inneholder tabulator; 11F-filen skal ha mellomrom i tomme felt",
					"Linje 6: ingen stønadsmåned og ingen utbetaling",
					"Linje 7: BIDRAG/LAAN har beløp for året, men ingen stønadsmåned (STMND_1–STMND_12) er krysset av",
					"Linje 8: mangler personidentifikasjon (PERSON_FODSELSNR, PERSON_DUF og PERSON_JOURNALNR er tomme)",
					"Linje 9: feltet KOMMUNE_NR har en verdi som ikke er et kommunenummer (verdien vises ikke), "
							+ "forventet fire sifre");
	}

	@Test
	void aWellFormedNumberThatIsNoMunicipalityInTheYearIsRejectedWithLineFieldAndValue() throws IOException {
		String good = person(2025).months(6).amount(ElevenFField.BIDRAG_JUNI, 100).toString();
		String mistyped = person(2025).set(ElevenFField.KOMMUNE_NR, "0788").months(1).toString();
		String beforeReform = person(2025).set(ElevenFField.KOMMUNE_NR, "3005").months(1).toString();
		Path file = write("unknown.dat", good, mistyped, beforeReform);

		List<ParsedLine> lines = readAll(file, null);

		assertThat(lines.get(0)).isInstanceOf(ParsedLine.Facts.class);
		assertThat(lines.subList(1, 3)).map((line) -> ((ParsedLine.Rejected) line).reason())
			.containsExactly(
					"Linje 2: feltet KOMMUNE_NR har '0788', som ikke er et kommunenummer i 2025; linjen telles ikke "
							+ "(rett kommunenummeret og les inn filen på nytt)",
					"Linje 3: feltet KOMMUNE_NR har '3005', som ikke er et kommunenummer i 2025; linjen telles ikke "
							+ "(rett kommunenummeret og les inn filen på nytt)");
	}

	@Test
	void aDamagedFirstLineDoesNotHideTheFormat() throws IOException {
		String good = person(2025).months(6).amount(ElevenFField.BIDRAG_JUNI, 100).toString();
		Path file = write("first.dat", good.stripTrailing(), good);

		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, ColumnMapping.none())) {
			assertThat(reader.format()).isEqualTo(ExtractFormat.ELEVEN_F);
			assertThat(reader.next()).isEqualTo(new ParsedLine.Rejected(1,
					"Linje 1: linjen har " + good.stripTrailing().length() + " tegn, forventet 338 (2025-formatet)"));
			assertThat(((ParsedLine.Facts) reader.next()).facts()).extracting(PersonMonth::amount).containsExactly(100L);
			assertThat(reader.next()).isNull();
			assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
		}
	}

	@Test
	void theBirthYearComesFromTheFodselsnummerElseFromTheBirthDate() throws IOException {
		String withNumber = person(2025).set(ElevenFField.PERSON_FODSELSNR, FNR_1970)
			.set(ElevenFField.FODSELSDATO, "01011999")
			.months(1)
			.toString();
		String withDateOnly = person(2025).set(ElevenFField.PERSON_FODSELSNR, "")
			.set(ElevenFField.FODSELSDATO, "01011999")
			.months(1)
			.toString();
		Path file = write("birth.dat", withNumber, withDateOnly);

		List<PersonMonth> facts = facts(readAll(file, null));

		assertThat(facts).extracting(PersonMonth::birthYear).containsExactly(1970, 1999);
		assertThat(facts.get(0).personKey()).isEqualTo(key(FNR_1970));
		assertThat(facts.get(1).personKey())
			.isEqualTo(PSEUDONYMISER.personKey("", "", "4601", "J4711").orElseThrow());
	}

	private static PersonMonth fact(int year, int month, long bidrag, long laan) {
		return new PersonMonth("4601", null, YearMonth.of(year, month), key(FNR_1990), 1990, "2", "1", "1", 2, "5",
				"12", "07", "1", null, bidrag, laan, true, 1);
	}

	private Path write(String name, String... lines) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.ISO_8859_1);
		return file;
	}

}
