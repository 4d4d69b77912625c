package no.kostrabatch.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} of a CSV extract derives 11F records with fødselsnummer into a temporary file. It
 * is sealed (encrypted under a key that lives only in the process) and deleted on every exit: SIGTERM
 * (and so Ctrl-C) leaves nothing in the temp folder; SIGKILL, which no program can catch, leaves only
 * ciphertext. The child has a temp folder of its own.
 */
class TempFileFaultIntegrationTests {

	@TempDir
	static Path shared;

	static Path input;

	static String firstFodselsnummer;

	@BeforeAll
	static void extract() throws IOException {
		input = shared.resolve("oslo-2025.csv");
		new SampleGenerator(5).write("0301", 2025, 20_000, SampleFormat.CSV, input);
		try (Stream<String> lines = Files.lines(input, StandardCharsets.UTF_8)) {
			List<String> two = lines.limit(2).toList();
			List<String> header = List.of(two.get(0).split("[;,]"));
			firstFodselsnummer = two.get(1).split("[;,]")[header.indexOf("PERSON_FODSELSNR")];
		}
	}

	@Test
	void sigtermDuringValidateLeavesNoDerivedFile(@TempDir Path dir) throws Exception {
		Child child = Child.start(dir, "1g", java.util.Map.of(), "validate", input.toString(), "--out",
				dir.resolve("kontroll").toString());
		assertThat(awaitDerivedFile(dir.resolve("tmp"), child, 0)).as(child.output()).isTrue();

		child.terminate();

		assertThat(child.alive()).isFalse();
		assertThat(derivedFiles(dir.resolve("tmp"))).isEmpty();
	}

	@Test
	void sigkillLeavesNoIdentifierInClear(@TempDir Path dir) throws Exception {
		Child child = Child.start(dir, "1g", java.util.Map.of(), "validate", input.toString(), "--out",
				dir.resolve("kontroll").toString());
		assertThat(awaitDerivedFile(dir.resolve("tmp"), child, 100_000)).as(child.output()).isTrue();

		child.kill();

		List<Path> left = derivedFiles(dir.resolve("tmp"));
		for (Path file : left) {
			assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
				.doesNotContain(firstFodselsnummer);
			assertThat(file.getParent().getFileName().toString()).startsWith("kostra-tmp-");
		}

		StringBuilder output = new StringBuilder();
		Child.run(dir, java.util.Map.of(), output, "validate", "--help");
		assertThat(derivedFiles(dir.resolve("tmp"))).as("the next command deletes what the killed one left").isEmpty();
	}

	@Test
	void aNormalValidateLeavesNothing(@TempDir Path dir) throws Exception {
		StringBuilder output = new StringBuilder();
		Child.run(dir, java.util.Map.of(), output, "validate", input.toString(), "--out",
				dir.resolve("kontroll").toString());
		assertThat(output.toString()).contains("kontrollrapport");
		assertThat(derivedFiles(dir.resolve("tmp"))).isEmpty();
	}

	private static boolean awaitDerivedFile(Path tmp, Child child, long minimumSize) throws Exception {
		long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < end && child.alive()) {
			for (Path file : derivedFiles(tmp)) {
				if (Files.size(file) >= minimumSize) {
					return true;
				}
			}
			Thread.sleep(10);
		}
		return false;
	}

	private static List<Path> derivedFiles(Path tmp) throws IOException {
		if (!Files.isDirectory(tmp)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(tmp)) {
			return files.filter((f) -> f.getFileName().toString().startsWith("kostra-11f")).toList();
		}
	}

}
