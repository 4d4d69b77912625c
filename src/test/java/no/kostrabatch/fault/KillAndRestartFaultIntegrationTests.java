package no.kostrabatch.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of an annual run at the start of each step (validate, import, aggregate, write), on
 * H2 and, when {@code KOSTRA_TEST_POSTGRES_URL} is set, on PostgreSQL; the same command run again
 * says in one sentence that it continues the run its dead process left, and ends with the clean
 * run's statistics.csv, byte for byte (the file has no run-time stamp), and an output folder with no
 * cut file and no leftover working folder.
 */
class KillAndRestartFaultIntegrationTests {

	static final int RECIPIENTS = 500;

	@TempDir
	static Path shared;

	static Path input;

	static byte[] clean;

	@BeforeAll
	static void cleanRun() throws Exception {
		input = shared.resolve("oslo-2025.csv");
		new SampleGenerator(7).write("0301", 2025, RECIPIENTS, SampleFormat.CSV, input);
		Path dir = Files.createDirectories(shared.resolve("clean"));
		StringBuilder output = new StringBuilder();
		assertThat(Child.run(dir, FaultStores.H2.env(), output, annual(dir))).as(output.toString()).isZero();
		clean = Files.readAllBytes(dir.resolve("out/statistics.csv"));
	}

	static String[] annual(Path dir) {
		return new String[] { "annual", "--year", "2025", "--input", input.toString(), "--out",
				dir.resolve("out").toString(), "--store", dir.resolve("store").toString() };
	}

	static Stream<Arguments> stepsAndStores() {
		List<Arguments> cases = new ArrayList<>();
		for (FaultStores store : FaultStores.available()) {
			for (String step : List.of("validate", "import", "aggregate", "write")) {
				cases.add(Arguments.of(step, store));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "kill -9 in {0} on {1}, then run again")
	@MethodSource("stepsAndStores")
	void killedInAStepThenRunAgain(String step, FaultStores store, @TempDir Path dir) throws Exception {
		store.clean();
		Child first = Child.start(dir, "1g", store.env(), annual(dir));
		boolean reached = first.awaitText(dir.resolve("store/kostra.log"), "Step " + step + " started",
				Duration.ofMinutes(3));
		assertThat(reached).as("the run reached step %s: %s", step, first.output()).isTrue();
		first.kill();
		assertOutputLooksUnfinishedOrOld(dir.resolve("out"));

		StringBuilder output = new StringBuilder();
		int code = Child.run(dir, store.env(), output, annual(dir));

		assertThat(code).as(output.toString()).isZero();
		assertThat(output.toString()).contains("was left unfinished by a process that is gone; it is marked failed "
				+ "and this run continues it where it stopped");
		assertThat(Files.readAllBytes(dir.resolve("out/statistics.csv"))).as("statistics.csv after the restart")
			.isEqualTo(clean);
		assertThat(dir.resolve(".out.partial")).doesNotExist();
		assertThat(dir.resolve(".out.previous")).doesNotExist();
	}

	/**
	 * Ctrl-C (SIGTERM here: the JVM runs its shutdown hooks, closing the store mid-chunk) during the
	 * import, then the same command: it ends with the clean run's statistics.csv and leaves no working
	 * folder. The period is never blocked.
	 */
	@org.junit.jupiter.api.Test
	void interruptedInTheImportThenRunAgain(@TempDir Path dir) throws Exception {
		Child first = Child.start(dir, "1g", FaultStores.H2.env(), annual(dir));
		boolean reached = first.awaitText(dir.resolve("store/kostra.log"), "Step import started", Duration.ofMinutes(3));
		assertThat(reached).as("the run reached the import: %s", first.output()).isTrue();
		first.terminate();
		assertOutputLooksUnfinishedOrOld(dir.resolve("out"));

		StringBuilder output = new StringBuilder();
		int code = Child.run(dir, FaultStores.H2.env(), output, annual(dir));

		assertThat(code).as(output.toString()).isZero();
		assertThat(Files.readAllBytes(dir.resolve("out/statistics.csv"))).as("statistics.csv after the restart")
			.isEqualTo(clean);
		assertThat(dir.resolve(".out.partial")).doesNotExist();
	}

	/**
	 * The clean run's public output passes the audit, and the audit's report is all that is printed
	 * (ojAlgo, which it uses, prints a hardware banner when it first loads in a process).
	 */
	@org.junit.jupiter.api.Test
	void theCleanRunPassesTheAuditWhichPrintsOnlyItsReport() throws Exception {
		StringBuilder output = new StringBuilder();
		int code = Child.run(shared, Map.of(), output, "audit", shared.resolve("clean/out").toString());

		assertThat(code).as(output.toString()).isZero();
		assertThat(output.toString()).startsWith("Count cells: ")
			.contains("Audit passed: no suppressed count of ")
			.doesNotContain("ojAlgo")
			.doesNotContain("hardware");
	}

	/** After a kill, the output folder is either absent or a complete earlier output: never a cut file. */
	private static void assertOutputLooksUnfinishedOrOld(Path out) throws IOException {
		if (Files.exists(out)) {
			assertThat(new String(Files.readAllBytes(out.resolve("statistics.csv")), StandardCharsets.UTF_8))
				.endsWith("\n");
		}
	}

}
