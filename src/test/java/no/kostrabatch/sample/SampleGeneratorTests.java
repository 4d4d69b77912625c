package no.kostrabatch.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Fodselsnummer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void theSameSeedGivesTheSameBytes() throws Exception {
		Path a = this.dir.resolve("a.11f");
		Path b = this.dir.resolve("b.11f");
		new SampleGenerator(42).write("1103", 2025, 500, SampleFormat.ELEVEN_F, a);
		new SampleGenerator(42).write("1103", 2025, 500, SampleFormat.ELEVEN_F, b);
		assertThat(sha256(a)).isEqualTo(sha256(b));
	}

	@Test
	void elevenFRecordsHaveTheLayoutLengthValidSyntheticNumbersAndNoDuplicates() throws IOException {
		Path file = this.dir.resolve("x.11f");
		new SampleGenerator(1).write("0301", 2025, 2000, SampleFormat.ELEVEN_F, file);
		List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		ElevenFLayout layout = ElevenFLayout.forYear(2025);
		Set<String> numbers = new HashSet<>();
		Set<String> journals = new HashSet<>();
		assertThat(lines).hasSize(2000);
		for (int i = 0; i < lines.size(); i++) {
			ElevenFRecord record = new ElevenFRecord(layout, i + 1, lines.get(i));
			assertThat(lines.get(i)).hasSize(338);
			String fnr = record.value(ElevenFField.PERSON_FODSELSNR);
			assertThat(Fodselsnummer.hasValidCheckDigits(fnr)).isTrue();
			assertThat(Fodselsnummer.isSynthetic(fnr)).isTrue();
			assertThat(numbers.add(fnr)).isTrue();
			assertThat(journals.add(record.value(ElevenFField.PERSON_JOURNALNR))).isTrue();
			long months = 0;
			for (int m = 1; m <= 12; m++) {
				months += record.amount(ElevenFField.bidragMonth(m));
			}
			assertThat(months).isEqualTo(record.amount(ElevenFField.BIDRAG));
		}
	}

	@Test
	void theCsvExtractAndThe11fFileCarryTheSamePaymentsPerPerson() throws IOException {
		Path csv = this.dir.resolve("x.csv");
		Path elevenF = this.dir.resolve("x.11f");
		new SampleGenerator(3).write("5001", 2025, 300, SampleFormat.CSV, csv);
		new SampleGenerator(3).write("5001", 2025, 300, SampleFormat.ELEVEN_F, elevenF);
		Map<String, Long> fromCsv = new HashMap<>();
		for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
			String[] f = line.split(";", -1);
			fromCsv.merge(f[3], Long.parseLong(f[24]) + Long.parseLong(f[25]), Long::sum);
		}
		Map<String, Long> from11f = new HashMap<>();
		ElevenFLayout layout = ElevenFLayout.forYear(2025);
		for (String line : Files.readAllLines(elevenF, StandardCharsets.ISO_8859_1)) {
			ElevenFRecord r = new ElevenFRecord(layout, 1, line);
			from11f.put(r.value(ElevenFField.PERSON_FODSELSNR), r.amount(ElevenFField.BIDRAG) + r.amount(ElevenFField.LAAN));
		}
		assertThat(fromCsv).hasSize(300).isEqualTo(from11f);
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
