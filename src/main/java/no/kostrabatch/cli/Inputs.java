package no.kostrabatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks input files named on the command line before anything starts. */
final class Inputs {

	private Inputs() {
	}

	static List<Path> existing(List<Path> files) {
		for (Path file : files) {
			if (!Files.exists(file)) {
				throw new IllegalArgumentException("Input file not found: " + file);
			}
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new IllegalArgumentException("Cannot read the input file " + file);
			}
		}
		return List.copyOf(files);
	}

}
