package no.kostrabatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import no.kostrabatch.input.InputFileNames;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line around recovery: a failed run followed by one with a corrected file starts anew,
 * a --period that is not a period is wrong use, output through a link is refused, the store's errors
 * are one sentence each, and export-11f writes an owner-only file.
 */
class RecoveryCommandTests {

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
		System.setProperty("kostra.pseudonym-key-file", this.dir.resolve("key").toString());
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
		System.clearProperty("kostra.pseudonym-key-file");
		System.clearProperty("kostra.store.key");
		System.clearProperty("spring.datasource.url");
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8) + this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aRunAfterAFailureWithACorrectedFileStartsFromTheBeginning() throws IOException {
		Path input = this.dir.resolve("bergen.csv");
		Files.writeString(input, "this is not an extract\n");
		String[] annual = { "annual", "--year", "2025", "--input", input.toString(), "--out",
				this.dir.resolve("out").toString(), "--store", this.dir.resolve("store").toString() };
		assertThat(Launcher.run(annual)).as(output()).isNotZero();

		new SampleGenerator(5).write("4601", 2025, 60, SampleFormat.CSV, input);
		this.out.reset();
		assertThat(Launcher.run(annual)).as(output()).isZero();

		assertThat(output()).contains("The annual run for 2025 (run 1) did not finish; the inputs or options differ "
				+ "from it, so this is a new run from the start (run 2).")
			.contains("Municipalities: 4601");
		assertThat(this.dir.resolve("out/statistics.csv")).exists();
		assertThat(this.dir.resolve(".out.partial")).doesNotExist();
	}

	@Test
	void aPeriodThatIsNotAPeriodIsWrongUse() {
		assertThat(Launcher.run("run", "jobs/annual-status-report.yml", "--period", "2025/../../other-job/2024",
				"--store", this.dir.resolve("store").toString(), "--reports", this.dir.resolve("reports").toString()))
			.isEqualTo(64);
		assertThat(output()).contains("--period of the annual job annual-status-report must be a year written YYYY");
		assertThat(this.dir.resolve("reports")).doesNotExist();
	}

	@Test
	void anOutputFolderThatIsALinkIsRefused() throws IOException {
		Path elsewhere = Files.createDirectories(this.dir.resolve("elsewhere"));
		Path link = Files.createSymbolicLink(this.dir.resolve("out"), elsewhere);
		Path input = this.dir.resolve("bergen.csv");
		new SampleGenerator(5).write("4601", 2025, 30, SampleFormat.CSV, input);

		int code = Launcher.run("annual", "--year", "2025", "--input", input.toString(), "--out", link.toString(),
				"--store", this.dir.resolve("store").toString());

		assertThat(code).isEqualTo(3);
		assertThat(output()).contains("is a symbolic link").contains("kostra does not write through links");
		try (var files = Files.list(elsewhere)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aWrongStoreKeyIsOneSentence() throws IOException {
		Path input = this.dir.resolve("bergen.csv");
		new SampleGenerator(5).write("4601", 2025, 30, SampleFormat.CSV, input);
		Path store = this.dir.resolve("store");
		System.setProperty("kostra.store.key", "the right key");
		assertThat(Launcher.run("import", input.toString(), "--store", store.toString(), "--rejects",
				this.dir.resolve("rejects").toString()))
			.as(output())
			.isZero();

		System.setProperty("kostra.store.key", "a wrong key");
		this.err.reset();
		assertThat(Launcher.run("import", input.toString(), "--store", store.toString())).isEqualTo(3);

		assertThat(this.err.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("kostra: KOSTRA_STORE_KEY does not open the store " + InputFileNames.masked(store.toString())
					+ " (wrong key, or the store is not encrypted); set the key the store was created with.");
	}

	@Test
	void anUnreachableDatabaseIsOneSentence() throws IOException {
		System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:9/kostra");
		Path input = this.dir.resolve("bergen.csv");
		new SampleGenerator(5).write("4601", 2025, 30, SampleFormat.CSV, input);

		assertThat(Launcher.run("import", input.toString(), "--store", this.dir.resolve("store").toString()))
			.isEqualTo(3);

		assertThat(this.err.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("kostra: Cannot reach the PostgreSQL server of jdbc:postgresql://127.0.0.1:9/kostra (is it "
					+ "running, and are host and port right?); start it or fix SPRING_DATASOURCE_URL.");
	}

	@Test
	void export11fWritesAnOwnerOnlyFile() throws IOException {
		Path input = this.dir.resolve("bergen.csv");
		new SampleGenerator(5).write("4601", 2025, 30, SampleFormat.CSV, input);
		Path file = this.dir.resolve("bergen.11f");

		assertThat(Launcher.run("export-11f", "--input", input.toString(), "--year", "2025", "--out", file.toString()))
			.as(output())
			.isZero();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var files = Files.list(this.dir)) {
			assertThat(files.map((f) -> f.getFileName().toString())).noneMatch((n) -> n.endsWith(".partial"));
		}
	}

	@Test
	void theLockNamesItsHolderWithoutFileNames() {
		assertThat(Launcher.describe("annual", "--year", "2025", "--input", "/home/x/12345678901.csv", "b.csv",
				"--out", "out")).isEqualTo("kostra annual --year 2025 --input … --out …");
	}

}
