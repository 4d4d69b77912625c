package no.kostrabatch.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs at once on one store: the second is refused at once with one sentence naming the first
 * (pid, command, since when) and exit 3; the first is not disturbed and finishes; once it has, the
 * store is free again. On H2 and, when {@code KOSTRA_TEST_POSTGRES_URL} is set, on PostgreSQL.
 */
class StoreLockFaultIntegrationTests {

	static List<FaultStores> stores() {
		return FaultStores.available();
	}

	@ParameterizedTest(name = "two runs at once on {0}")
	@MethodSource("stores")
	void theSecondRunIsRefusedAndTheFirstFinishes(FaultStores store, @TempDir Path dir) throws Exception {
		store.clean();
		Path input = dir.resolve("oslo-2025.csv");
		new SampleGenerator(3).write("0301", 2025, 3_000, SampleFormat.CSV, input);
		String[] first = { "annual", "--year", "2025", "--input", input.toString(), "--out",
				dir.resolve("out").toString(), "--store", dir.resolve("store").toString() };
		Child running = Child.start(dir, "1g", store.env(), first);
		assertThat(running.awaitText(dir.resolve("store/kostra.log"), "Step validate started", Duration.ofMinutes(3)))
			.as(running.output())
			.isTrue();

		StringBuilder output = new StringBuilder();
		int code = Child.run(dir, store.env(), output, "annual", "--year", "2025", "--out",
				dir.resolve("out2").toString(), "--store", dir.resolve("store").toString());

		assertThat(code).as(output.toString()).isEqualTo(3);
		assertThat(output.toString().strip()).startsWith("kostra: The store ")
			.contains("is in use by kostra pid " + running.pid(), "kostra annual --year 2025 --input", "since ",
					"wait until that run has finished")
			.doesNotContain("Exception")
			.hasLineCount(1);
		assertThat(running.await(Duration.ofMinutes(5))).as(running.output()).isZero();
		assertThat(dir.resolve("out/statistics.csv")).exists();
		assertThat(dir.resolve("out2")).doesNotExist();

		StringBuilder again = new StringBuilder();
		assertThat(Child.run(dir, store.env(), again, first)).as(again.toString()).isZero();
		assertThat(Files.readString(dir.resolve("out/statistics.csv"))).isNotEmpty();
	}

}
