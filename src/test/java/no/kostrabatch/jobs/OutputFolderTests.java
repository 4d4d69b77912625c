package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing a run's staging folder: whole, file by file beside the user's files, or refused. */
class OutputFolderTests {

	@TempDir
	Path dir;

	@Test
	void aFolderOfOurFilesIsReplacedWhole() throws IOException {
		Path out = this.dir.resolve("out");
		Files.createDirectories(out.resolve("kontroll/old.csv"));
		Files.writeString(out.resolve("statistics.csv"), "old\n");
		Files.writeString(out.resolve("tabeller.xlsx"), "old");
		Path staging = OutputFolder.prepare(out, true);
		Files.writeString(staging.resolve("statistics.csv"), "new\n");

		OutputFolder.publish(out);

		assertThat(Files.readString(out.resolve("statistics.csv"))).isEqualTo("new\n");
		assertThat(out.resolve("tabeller.xlsx")).doesNotExist();
		assertThat(out.resolve("kontroll")).doesNotExist();
		assertThat(staging).doesNotExist();
		assertThat(this.dir.resolve(".out.previous")).doesNotExist();
	}

	@Test
	void theUsersFilesStayAndOldKostraFilesGo() throws IOException {
		Path out = Files.createDirectories(this.dir.resolve("out"));
		Files.writeString(out.resolve("notes.txt"), "mine");
		Files.writeString(out.resolve("tabeller.xlsx"), "old");
		Path staging = OutputFolder.prepare(out, true);
		Files.writeString(staging.resolve("statistics.csv"), "new\n");

		OutputFolder.publish(out);

		assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
		assertThat(Files.readString(out.resolve("statistics.csv"))).isEqualTo("new\n");
		assertThat(out.resolve("tabeller.xlsx")).doesNotExist();
		assertThat(staging).doesNotExist();
	}

	@Test
	void thePdfReportsAreOursUnderEveryCitysNameTheOldSingleReportToo() throws IOException {
		Path out = Files.createDirectories(this.dir.resolve("out"));
		Files.writeString(out.resolve("notes.pdf"), "mine");
		Files.writeString(out.resolve("statusrapport.pdf"), "old single report");
		Files.writeString(out.resolve("statusrapport-4601.pdf"), "old Bergen");
		Files.writeString(out.resolve("sammenligning.pdf"), "old comparison");
		Path staging = OutputFolder.prepare(out, true);
		Files.writeString(staging.resolve("statusrapport-0301.pdf"), "new Oslo");

		OutputFolder.publish(out);

		try (var files = Files.list(out)) {
			assertThat(files.map((f) -> f.getFileName().toString()).sorted()).containsExactly("notes.pdf",
					"statusrapport-0301.pdf");
		}
		assertThat(OutputFolder.ours("statusrapport-5001.pdf")).isTrue();
		assertThat(OutputFolder.ours("statusrapport-oslo.pdf")).isFalse();
	}

	@Test
	void aPublicationCutBetweenItsRenamesIsPutBack() throws IOException {
		Path out = this.dir.resolve("out");
		Path previous = Files.createDirectories(this.dir.resolve(".out.previous"));
		Files.writeString(previous.resolve("statistics.csv"), "old\n");

		OutputFolder.prepare(out, true);

		assertThat(Files.readString(out.resolve("statistics.csv"))).isEqualTo("old\n");
		assertThat(previous).doesNotExist();
	}

	@Test
	void anOutputFolderThatIsALinkIsRefused() throws IOException {
		Path elsewhere = Files.createDirectories(this.dir.resolve("elsewhere"));
		Path out = Files.createSymbolicLink(this.dir.resolve("out"), elsewhere);

		assertThatThrownBy(() -> OutputFolder.prepare(out, true)).isInstanceOf(RunFailure.class)
			.hasMessageContaining("is a symbolic link");
	}

	@Test
	void aPlantedLinkInTheStagingFolderIsReplacedNotFollowed() throws IOException {
		Path victim = Files.writeString(this.dir.resolve("victim.txt"), "keep");
		Path staging = OutputFolder.prepare(this.dir.resolve("out"), true);
		Files.createSymbolicLink(staging.resolve("statistics.csv"), victim);

		Files.writeString(OutputFolder.fresh(staging, "statistics.csv"), "new\n");

		assertThat(Files.readString(victim)).isEqualTo("keep");
		assertThat(Files.isSymbolicLink(staging.resolve("statistics.csv"))).isFalse();
	}

}
