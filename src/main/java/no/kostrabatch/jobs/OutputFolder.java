package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import no.kostrabatch.report.formats.ReportFormats;

/**
 * A run's output folder, written atomically. A run writes everything (input list, control reports,
 * reports) into {@code .<name>.partial} beside the output folder, on the same file system, and only
 * when everything is written is that folder moved into place: renamed over the old output folder
 * when the folder holds only kostra's files, or file by file (each an atomic rename, old kostra files
 * the run did not write removed) when the user keeps other files there. An interrupted run therefore
 * leaves the previous output as it was, never a cut file or a mix of two runs. Nothing is written
 * through a symbolic link: an output folder that is one is refused. The run's list of input paths
 * (which may name a file after a person) stays in the staging folder and is deleted when the run is
 * published: it is never an output.
 */
final class OutputFolder {

	/**
	 * What kostra writes into an output folder besides the reports ({@link ReportFormats#isReport});
	 * anything else there is the user's and is kept.
	 */
	static final Set<String> OURS = Set.of("avvist.csv", "kontroll", ".inputs.txt");

	private OutputFolder() {
	}

	/** The folder a run of {@code out} writes into before it is published. */
	static Path staging(Path out) {
		return sibling(out, ".partial");
	}

	private static Path sibling(Path out, String suffix) {
		Path absolute = out.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		if (parent == null || absolute.getFileName() == null) {
			throw new RunFailure("The output folder " + out + " cannot be the root folder; give a folder of its own.");
		}
		return parent.resolve("." + absolute.getFileName() + suffix);
	}

	/**
	 * Checks the output folder and makes its staging folder: emptied for a new run, kept for a restart
	 * (the steps already done wrote there). Finishes a publication an earlier run left half done.
	 */
	static Path prepare(Path out, boolean fresh) {
		Path staging = staging(out);
		try {
			refuseLink(out);
			refuseLink(staging);
			Files.createDirectories(staging.getParent());
			recover(out);
			if (fresh) {
				deleteTree(staging);
			}
			Files.createDirectories(staging);
			return staging;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the output folder " + out, ex);
		}
	}

	/** Moves the finished staging folder into place. */
	static void publish(Path out) {
		Path staging = staging(out);
		Path target = out.toAbsolutePath().normalize();
		Path previous = sibling(out, ".previous");
		try {
			refuseLink(out);
			recover(out);
			Files.deleteIfExists(staging.resolve(RunParameters.INPUT_LIST));
			if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				return;
			}
			if (onlyOurs(target)) {
				deleteTree(previous);
				Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				deleteTree(previous);
				return;
			}
			for (Path entry : list(target)) {
				String name = entry.getFileName().toString();
				if (ours(name) && !Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
					deleteTree(entry);
				}
			}
			for (Path entry : list(staging)) {
				Path destination = target.resolve(entry.getFileName().toString());
				if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
						|| Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
					deleteTree(destination);
				}
				Files.move(entry, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			deleteTree(staging);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move the reports into " + out, ex);
		}
	}

	/** A new file in a folder being written: an old file or a planted link at its place is removed first. */
	static Path fresh(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		Files.deleteIfExists(file);
		return file;
	}

	/** A publication cut between its two renames left the old folder aside: put it back. */
	private static void recover(Path out) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		Path previous = sibling(out, ".previous");
		if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				deleteTree(previous);
			}
			else {
				Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	private static void refuseLink(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(absolute)) {
			throw new RunFailure("The output folder " + folder + " is a symbolic link (to "
					+ Files.readSymbolicLink(absolute) + "); kostra does not write through links: give the real "
					+ "folder as the output folder.");
		}
		if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
			throw new RunFailure("The output folder " + folder + " is a file, not a folder; give a folder.");
		}
	}

	private static boolean onlyOurs(Path folder) throws IOException {
		for (Path entry : list(folder)) {
			if (!ours(entry.getFileName().toString())) {
				return false;
			}
		}
		return true;
	}

	/** Whether kostra writes a file of this name (the PDF reports have a name per municipality). */
	static boolean ours(String name) {
		return OURS.contains(name) || ReportFormats.isReport(name);
	}

	private static List<Path> list(Path folder) throws IOException {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(entries::add);
		}
		return entries;
	}

	/** Deletes a file or folder tree; links are deleted, never followed. */
	static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
