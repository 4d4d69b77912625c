package no.kostrabatch.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * POI streams a workbook's rows (the control report's findings) through temporary files. They go into
 * a private folder of the process ({@code kostra-tmp-*}, 0700): a run killed with SIGKILL while it
 * writes the workbook leaves that folder, and the next command deletes it; a run that ends leaves
 * nothing. The child has a temp folder of its own.
 */
class PoiTempFileFaultIntegrationTests {

	@TempDir
	static Path shared;

	static Path large;

	static Path small;

	@BeforeAll
	static void extracts() throws IOException {
		large = shared.resolve("oslo-2025.dat");
		new SampleGenerator(5).write("0301", 2025, 20_000, SampleFormat.ELEVEN_F, large);
		small = shared.resolve("oslo-small-2025.csv");
		new SampleGenerator(6).write("0301", 2025, 40, SampleFormat.CSV, small);
	}

	@Test
	void sigkillWhileTheWorkbookIsWrittenLeavesAPrivateFolderThatTheNextRunDeletes(@TempDir Path dir)
			throws Exception {
		Path tmp = dir.resolve("tmp");
		Child killed = Child.start(dir, "1g", java.util.Map.of(), "validate", large.toString(), "--year", "2025",
				"--municipality", "4601", "--out", dir.resolve("kontroll").toString());
		Path poiFile = awaitPoiFile(tmp, killed);
		assertThat(poiFile).as("a POI temp file while the control report is written: %s", killed.output()).isNotNull();

		killed.kill();

		Path left = poiFile.getParent();
		assertThat(left.getParent()).isEqualTo(tmp);
		assertThat(left.getFileName().toString()).startsWith("kostra-tmp-");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(left))).isEqualTo("rwx------");
		assertThat(poiFiles(tmp)).isNotEmpty();

		StringBuilder output = new StringBuilder();
		int code = Child.run(dir, FaultStores.H2.env(), output, "annual", "--year", "2025", "--input",
				small.toString(), "--out", dir.resolve("out").toString(), "--store", dir.resolve("store").toString(),
				"--disclosure", "internal");

		assertThat(code).as(output.toString()).isZero();
		assertThat(dir.resolve("out/kontroll")).isDirectory();
		assertThat(left).doesNotExist();
		assertThat(poiFiles(tmp)).isEmpty();
		try (Stream<Path> list = Files.list(tmp)) {
			assertThat(list.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith("kostra-tmp-"));
		}
	}

	private static Path awaitPoiFile(Path tmp, Child child) throws Exception {
		long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < end && child.alive()) {
			List<Path> files = poiFiles(tmp);
			if (!files.isEmpty()) {
				return files.get(0);
			}
			Thread.sleep(2);
		}
		return null;
	}

	private static List<Path> poiFiles(Path tmp) throws IOException {
		if (!Files.isDirectory(tmp)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(tmp)) {
			return walk.filter((p) -> p.getFileName().toString().startsWith("poi-sxssf")).toList();
		}
	}

}
