package no.kostrabatch.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual job on 300 000 generated recipients (about 2 million person-months) in a 512 MB heap:
 * validation keeps a compact state per person, so the run completes; with a heap far too small, the
 * run ends with exit 4 and one sentence naming KOSTRA_JAVA_OPTS. It takes minutes, so it runs in the
 * {@code large} profile ({@code mvn -Plarge verify}, which {@code .ci/run} uses); it prints its
 * time and the child's peak resident memory.
 */
@EnabledIfSystemProperty(named = "kostra.large", matches = "true")
class LargeYearFaultIntegrationTests {

	static final int RECIPIENTS = 300_000;

	@TempDir
	static Path shared;

	static Path input;

	@BeforeAll
	static void generate() throws Exception {
		input = shared.resolve("oslo-2025.csv");
		StringBuilder output = new StringBuilder();
		assertThat(Child.run(shared, Map.of(), output, "generate", "--municipality", "0301", "--year", "2025",
				"--recipients", String.valueOf(RECIPIENTS), "--format", "csv", "--out", input.toString()))
			.as(output.toString())
			.isZero();
	}

	@Test
	void threeHundredThousandRecipientsIn512Megabytes(@TempDir Path dir) throws Exception {
		long start = System.nanoTime();
		Child child = Child.start(dir, "512m", Map.of(), "annual", "--year", "2025", "--input", input.toString(),
				"--out", dir.resolve("out").toString(), "--store", dir.resolve("store").toString());
		long peak = 0;
		while (child.alive()) {
			peak = Math.max(peak, highWaterMark(child.pid()));
			Thread.sleep(500);
		}
		int code = child.await(Duration.ofSeconds(10));
		System.out.printf("annual, %d recipients, -Xmx512m: exit %d in %.0f s, peak resident %d MB%n", RECIPIENTS,
				code, (System.nanoTime() - start) / 1e9, peak / 1024);

		assertThat(code).as(child.output()).isZero();
		assertThat(child.stdout()).contains("Municipalities: 0301");
		assertThat(dir.resolve("out/statistics.csv")).exists();
	}

	@Test
	void tooSmallAHeapIsExitFourWithOneSentence(@TempDir Path dir) throws Exception {
		Child child = Child.start(dir, "96m", Map.of(), "annual", "--year", "2025", "--input", input.toString(),
				"--out", dir.resolve("out").toString(), "--store", dir.resolve("store").toString());

		int code = child.await(Duration.ofMinutes(10));

		assertThat(code).as(child.output()).isEqualTo(4);
		assertThat(child.stderr().strip()).startsWith("kostra: Out of memory")
			.contains("KOSTRA_JAVA_OPTS=-Xmx")
			.hasLineCount(1);
	}

	/** VmHWM of /proc/<pid>/status, in kB (0 where there is no /proc). */
	private static long highWaterMark(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process has ended
		}
		return 0;
	}

}
