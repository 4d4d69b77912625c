package no.kostrabatch.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.validation.rules.ElevenFTestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates a generated 11F file of 1 000 000 records by streaming, and prints the throughput and
 * the peak heap. Only the duplicate rules keep state (one entry per person), so memory follows the
 * number of persons, not the size of the file. Failsafe runs it with a 640 MB heap, less than twice the
 * file's 340 MB: it would run out of memory if it held the file and its records.
 */
class LargeFileValidationIntegrationTests {

	static final int RECORDS = 1_000_000;

	@TempDir
	Path dir;

	@Test
	void aMillionRecordsWithBoundedMemory() throws IOException {
		Path file = this.dir.resolve("large.11f");
		write(file);
		MemoryPoolMXBean[] heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.toArray(MemoryPoolMXBean[]::new);
		System.gc();
		for (MemoryPoolMXBean pool : heap) {
			pool.resetPeakUsage();
		}
		AtomicLong findings = new AtomicLong();
		long start = System.nanoTime();

		ValidationSummary summary = new ElevenFValidator().validate(file, OptionalInt.empty(), null,
				(f) -> findings.incrementAndGet());

		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = 0;
		for (MemoryPoolMXBean pool : heap) {
			peak += pool.getPeakUsage().getUsed();
		}
		System.out.printf("Validated %,d records in %.1f s (%,.0f records/s); peak heap %,d MB%n", summary.records(),
				seconds, summary.records() / seconds, peak / (1024 * 1024));
		assertThat(summary.records()).isEqualTo(RECORDS);
		assertThat(findings.get()).isZero();
	}

	private static void write(Path file) throws IOException {
		ElevenFLayout layout = ElevenFLayout.forYear(2025);
		char[] template = ElevenFTestRecords.line(2025, Map.of()).toCharArray();
		int fnrAt = layout.span(ElevenFField.PERSON_FODSELSNR).from() - 1;
		int journalAt = layout.span(ElevenFField.PERSON_JOURNALNR).from() - 1;
		int written = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
			for (long n = 0; written < RECORDS; n++) {
				int day = 1 + (int) (n % 28);
				int month = 81 + (int) ((n / 28) % 12);
				int year = 40 + (int) ((n / 336) % 60);
				int individual = (int) ((n / 20160) % 500);
				var fnr = Fodselsnummer.withCheckDigits(String.format("%02d%02d%02d%03d", day, month, year, individual));
				if (fnr.isEmpty() || Fodselsnummer.isPlaceholder(fnr.get())) {
					continue;
				}
				fnr.get().getChars(0, 11, template, fnrAt);
				String journal = String.format("%08d", written);
				journal.getChars(0, 8, template, journalAt);
				out.write(template);
				out.write('\n');
				written++;
			}
		}
	}

}
