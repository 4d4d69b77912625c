package no.kostrabatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@TempDir
	Path dir;

	@BeforeEach
	void capture() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void helpListsEveryCommandAndTheExitCodes() {
		assertThat(Launcher.run("--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("demo", "annual", "monthly", "import", "validate",
				"export-11f", "generate", "run", "schedule", "audit", "bench", "Exit codes: 0 ok");
	}

	@Test
	void aThreadBesideTheCommandThatFailsGivesOneMaskedSentenceAndOutOfMemoryIsOnlyNoted() {
		no.kostrabatch.jobs.MemoryWatch.install();
		Launcher.threadEnded(new Thread("progress-Validating"),
				new IllegalStateException("bad value 07889911837 in BIDRAG", new RuntimeException("inner")));
		Launcher.threadEnded(new Thread("MVStore background writer"), new OutOfMemoryError("Java heap space"));

		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("kostra: bad value ########### in BIDRAG (thread 'progress-Validating').%n".formatted());
		assertThat(no.kostrabatch.jobs.MemoryWatch.exhausted()).isTrue();
		no.kostrabatch.jobs.MemoryWatch.install();
	}

	@Test
	void wrongUsageIsExitCode64WithOneLine() {
		assertThat(Launcher.run("annual", "--out", "x")).isEqualTo(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("kostra: Missing required option: '--year=YYYY'")
			.contains("Try './kostra annual --help' for more.");
	}

	@Test
	void aWrongOptionValueIsWrongUsageToo() {
		assertThat(Launcher.run("monthly", "--period", "2025-13", "--input", "x.csv", "--out", "x")).isEqualTo(64);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("kostra: --period must be a month written YYYY-MM, not '2025-13'")
			.contains("Try './kostra monthly --help' for more.");
	}

	@Test
	void aMissingInputFileIsOneSentenceWithoutAStackTrace() {
		int code = Launcher.run("annual", "--year", "2025", "--input", "no-such-file.csv", "--out",
				this.dir.resolve("out").toString(), "--store", this.dir.resolve("store").toString());

		assertThat(code).isEqualTo(ExitCodes.FINDINGS);
		String text = this.err.toString(StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("kostra: Input file not found: no-such-file.csv." + System.lineSeparator());
	}

	@Test
	void generateWritesADeterministicExtract() throws Exception {
		Path file = this.dir.resolve("oslo.csv");
		assertThat(Launcher.run("generate", "--municipality", "0301", "--year", "2025", "--recipients", "50", "--format",
				"csv", "--seed", "7", "--out", file.toString()))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Wrote " + file + " (50 recipients, csv, 2025, seed 7).");
		assertThat(java.nio.file.Files.readAllLines(file).get(0)).startsWith("KOMMUNE_NR;PERIODE;BYDELSNR;");
	}

	@Test
	void benchRunsTheAnnualJobOnAGeneratedYear() {
		assertThat(Launcher.run("bench", "--recipients", "300")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Generated 300 recipients")
			.contains("import")
			.contains("Annual job on ");
	}

}
