package no.kostrabatch.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.DufNumber;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Fodselsnummer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleGeneratorTests {

	/** SSB's 2007 national table, "I alt": recipients by months with support 1..12. */
	private static final int[] MONTHS_2007 = { 22821, 14909, 10758, 8423, 7082, 6299, 5251, 4986, 4875, 5274, 6084,
			12846 };

	@TempDir
	Path dir;

	@Test
	void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
		for (SampleFormat format : SampleFormat.values()) {
			Path a = this.dir.resolve("a-" + format);
			Path b = this.dir.resolve("b-" + format);
			Path c = this.dir.resolve("c-" + format);
			new SampleGenerator(42).write("1103", 2025, 500, format, a);
			new SampleGenerator(42).write("1103", 2025, 500, format, b);
			new SampleGenerator(43).write("1103", 2025, 500, format, c);

			assertThat(SampleFiles.sha256(a)).isEqualTo(SampleFiles.sha256(b));
			assertThat(SampleFiles.sha256(a)).isNotEqualTo(SampleFiles.sha256(c));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 37, 2500 })
	void theRequestedNumberOfRecipientsIsMetExactly(int recipients) throws IOException {
		Path csv = this.dir.resolve("x.csv");
		Path elevenF = this.dir.resolve("x.11f");
		new SampleGenerator(7).write("4601", 2024, recipients, SampleFormat.CSV, csv);
		new SampleGenerator(7).write("4601", 2024, recipients, SampleFormat.ELEVEN_F, elevenF);

		assertThat(SampleFiles.csvRows(csv).stream().map((r) -> r.get("PERSON_FODSELSNR")).distinct())
			.hasSize(recipients);
		assertThat(Files.readAllLines(elevenF, StandardCharsets.ISO_8859_1)).hasSize(recipients);
	}

	@Test
	void everyNumberIsSyntheticWithValidCheckDigitsAndTheBirthDateOfFodselsdato() throws IOException {
		Path csv = this.dir.resolve("x.csv");
		Path elevenF = this.dir.resolve("x.11f");
		new SampleGenerator(1).write("0301", 2025, 3000, SampleFormat.CSV, csv);
		new SampleGenerator(1).write("0301", 2025, 3000, SampleFormat.ELEVEN_F, elevenF);
		DateTimeFormatter ddMMyyyy = DateTimeFormatter.ofPattern("ddMMyyyy");
		Set<String> dufs = new HashSet<>();

		for (Map<String, String> row : SampleFiles.csvRows(csv)) {
			String fnr = row.get("PERSON_FODSELSNR");
			assertThat(Fodselsnummer.hasValidCheckDigits(fnr)).as(fnr).isTrue();
			assertThat(Fodselsnummer.isSynthetic(fnr) && !Fodselsnummer.isPlaceholder(fnr)).as(fnr).isTrue();
			assertThat(Fodselsnummer.birthDate(fnr, 2025)).contains(LocalDate.parse(row.get("FODSELSDATO"), ddMMyyyy));
			if (!row.get("PERSON_DUF").isEmpty()) {
				assertThat(DufNumber.isValid(row.get("PERSON_DUF"))).isTrue();
				dufs.add(row.get("PERSON_DUF"));
			}
		}
		for (ElevenFRecord r : SampleFiles.records(elevenF, 2025)) {
			String fnr = r.value(ElevenFField.PERSON_FODSELSNR);
			assertThat(Fodselsnummer.hasValidCheckDigits(fnr)).as(fnr).isTrue();
			assertThat(Fodselsnummer.birthDate(fnr, 2025))
				.contains(LocalDate.parse(r.value(ElevenFField.FODSELSDATO), ddMMyyyy));
		}
		assertThat(dufs).hasSize(318);
	}

	@Test
	void elevenFLinesHaveTheLengthAndDatesOfTheirYearsLayout() throws IOException {
		Path y2024 = this.dir.resolve("2024.11f");
		Path y2025 = this.dir.resolve("2025.11f");
		new SampleGenerator(5).write("5001", 2024, 800, SampleFormat.ELEVEN_F, y2024);
		new SampleGenerator(5).write("5001", 2025, 800, SampleFormat.ELEVEN_F, y2025);

		assertThat(Files.readAllLines(y2024, StandardCharsets.ISO_8859_1)).hasSize(800).allMatch((l) -> l.length() == 324);
		assertThat(Files.readAllLines(y2025, StandardCharsets.ISO_8859_1)).hasSize(800).allMatch((l) -> l.length() == 338);
		assertThat(SampleFiles.records(y2024, 2024)).allSatisfy((r) -> {
			assertThat(r.raw(ElevenFField.VERSION)).isEqualTo("24");
			assertThat(r.raw(ElevenFField.UTBETDATO)).matches("\\d{6}|\\s{6}");
		});
		assertThat(SampleFiles.records(y2025, 2025)).allSatisfy((r) -> {
			assertThat(r.raw(ElevenFField.VERSION)).isEqualTo("25");
			assertThat(r.raw(ElevenFField.UTBETDATO)).matches("\\d{8}|\\s{8}");
			assertThat(r.raw(ElevenFField.BYDELSNR)).isBlank();
		});
	}

	@Test
	void theMonthsOfATwentyThousandYearFollowThe2007NationalTableWithinOnePercentagePoint() throws IOException {
		Path elevenF = this.dir.resolve("x.11f");
		new SampleGenerator(2007).write("4204", 2025, 20_000, SampleFormat.ELEVEN_F, elevenF);
		int[] counts = new int[13];
		for (ElevenFRecord r : SampleFiles.records(elevenF, 2025)) {
			int months = 0;
			for (int m = 1; m <= 12; m++) {
				months += r.isBlank(ElevenFField.supportMonth(m)) ? 0 : 1;
			}
			counts[months]++;
		}
		int total2007 = 109_608;
		double mean = 0;
		for (int k = 1; k <= 12; k++) {
			assertThat(100.0 * counts[k] / 20_000).as("%d months", k)
				.isCloseTo(100.0 * MONTHS_2007[k - 1] / total2007, within(1.0));
			mean += k * counts[k] / 20_000.0;
		}
		int longTerm = 0;
		for (int k = 6; k <= 12; k++) {
			longTerm += counts[k];
		}
		assertThat(counts[0]).isZero();
		assertThat(mean).isCloseTo(5.35, within(0.1));
		assertThat(100.0 * longTerm / 20_000).isCloseTo(41.6, within(1.0));
	}

	@Test
	void noFodselsnummerOrJournalNumberOccursTwiceInAYear() throws IOException {
		Path elevenF = this.dir.resolve("x.11f");
		new SampleGenerator(9).write("0301", 2024, 5000, SampleFormat.ELEVEN_F, elevenF);
		List<ElevenFRecord> records = SampleFiles.records(elevenF, 2024);

		assertThat(records.stream().map((r) -> r.value(ElevenFField.PERSON_FODSELSNR)).distinct()).hasSize(5000);
		assertThat(records.stream().map((r) -> r.raw(ElevenFField.PERSON_JOURNALNR)).distinct()).hasSize(5000);
		assertThat(records).allSatisfy((r) -> assertThat(r.raw(ElevenFField.PERSON_JOURNALNR)).matches("\\d{8}"));
	}

}
