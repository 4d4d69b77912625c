package no.kostrabatch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The temporary files of a command go into a folder of this process only: POI's (the
 * {@code poi-sxssf-sheet*.xml} of a streamed workbook hold the workbook's cells) and validate's sealed
 * 11F records. The folder is {@code <tmp>/kostra-tmp-*}, owner-only (0700),
 * deleted when the process ends. The process holds an operating-system lock on the folder's
 * {@code .lock} for as long as it lives, as it does on the store's {@code kostra.lock}; the lock is gone
 * when the process is, however it ends ({@code kill -9} included), so the next command finds a folder
 * whose lock it can take and deletes it: that folder belonged to a dead process.
 */
public final class ProcessTempFolder {

	/** The name every private folder starts with. */
	public static final String PREFIX = "kostra-tmp-";

	static final String LOCK = ".lock";

	/** A folder without its lock file is left alone this long: its process may be creating it. */
	private static final Duration GRACE = Duration.ofMinutes(1);

	private static Path folder;

	private static FileChannel channel;

	private static FileLock lock;

	private ProcessTempFolder() {
	}

	/**
	 * Deletes the folders that dead processes left in {@code tmp}, makes this process's private folder
	 * there and points POI at it. Once per process; later calls return the same folder.
	 */
	public static synchronized Path install(Path tmp) {
		if (folder != null) {
			return folder;
		}
		try {
			Files.createDirectories(tmp);
			sweep(tmp);
			Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
					? Files.createTempDirectory(tmp, PREFIX,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
					: Files.createTempDirectory(tmp, PREFIX);
			channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			lock = channel.lock();
			folder = dir;
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
			Runtime.getRuntime().addShutdownHook(new Thread(ProcessTempFolder::remove, "kostra-temp-folder"));
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make a private folder for temporary files in " + tmp, ex);
		}
	}

	/** This process's folder, or {@code null} before {@link #install}. */
	public static synchronized Path folder() {
		return folder;
	}

	/**
	 * Deletes every {@code kostra-tmp-*} folder in {@code tmp} whose lock no live process holds (and one
	 * without a lock file, once it is older than a minute).
	 * @return the folders deleted
	 */
	public static List<Path> sweep(Path tmp) throws IOException {
		List<Path> deleted = new ArrayList<>();
		if (!Files.isDirectory(tmp)) {
			return deleted;
		}
		List<Path> candidates;
		try (Stream<Path> list = Files.list(tmp)) {
			candidates = list.filter((p) -> p.getFileName().toString().startsWith(PREFIX))
				.filter((p) -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
				.filter((p) -> !p.equals(folder))
				.toList();
		}
		for (Path candidate : candidates) {
			if (abandoned(candidate)) {
				try {
					deleteTree(candidate);
					deleted.add(candidate);
				}
				catch (IOException | UncheckedIOException ex) {
					// another command is deleting it too, or a file in it is not ours: left for later
				}
			}
		}
		return deleted;
	}

	private static boolean abandoned(Path dir) {
		Path lockFile = dir.resolve(LOCK);
		if (!Files.exists(lockFile)) {
			try {
				FileTime modified = Files.getLastModifiedTime(dir);
				return modified.toInstant().isBefore(Instant.now().minus(GRACE));
			}
			catch (IOException ex) {
				return false;
			}
		}
		try (FileChannel other = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock taken = other.tryLock();
			if (taken == null) {
				return false;
			}
			taken.release();
			return true;
		}
		catch (OverlappingFileLockException | IOException ex) {
			return false;
		}
	}

	private static synchronized void remove() {
		if (folder == null) {
			return;
		}
		try {
			lock.release();
			channel.close();
		}
		catch (IOException ex) {
			// the folder goes anyway
		}
		try {
			deleteTree(folder);
		}
		catch (IOException | UncheckedIOException ex) {
			// a file another shutdown hook deleted meanwhile; the next command deletes what is left
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
