package no.kostrabatch.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessTempFolderTests {

	@Test
	void theSweepDeletesTheFoldersOfDeadProcessesOnly(@TempDir Path tmp) throws IOException {
		Path dead = folder(tmp, "kostra-tmp-1", true);
		Files.writeString(dead.resolve("poi-sxssf-sheet123.xml"), "<row><c><v>17</v></c></row>");
		Path live = folder(tmp, "kostra-tmp-2", true);
		Path starting = folder(tmp, "kostra-tmp-3", false);
		Path oldWithoutLock = folder(tmp, "kostra-tmp-4", false);
		Files.setLastModifiedTime(oldWithoutLock, FileTime.from(Instant.now().minusSeconds(120)));
		Path other = Files.createDirectories(tmp.resolve("poifiles"));

		try (FileChannel channel = FileChannel.open(live.resolve(ProcessTempFolder.LOCK), StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			assertThat(ProcessTempFolder.sweep(tmp)).containsExactlyInAnyOrder(dead, oldWithoutLock);
		}

		assertThat(dead).doesNotExist();
		assertThat(oldWithoutLock).doesNotExist();
		assertThat(live).isDirectory();
		assertThat(starting).isDirectory();
		assertThat(other).isDirectory();
	}

	private static Path folder(Path tmp, String name, boolean withLock) throws IOException {
		Path dir = Files.createDirectories(tmp.resolve(name));
		if (withLock) {
			Files.createFile(dir.resolve(ProcessTempFolder.LOCK));
		}
		return dir;
	}

}
