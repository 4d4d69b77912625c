package no.kostrabatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.InputFileException;
import no.kostrabatch.staging.FactStore;

import org.springframework.lang.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks input files and values named on the command line before anything starts. */
final class Inputs {

	private Inputs() {
	}

	/** The files, each checked to exist and be readable (else exit 2, an input file refused). */
	static List<Path> existing(List<Path> files) {
		for (Path file : files) {
			if (!Files.exists(file)) {
				throw new InputFileException("Input file not found: " + file);
			}
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new InputFileException("Cannot read the input file " + file);
			}
		}
		return List.copyOf(files);
	}

	/** The reporting year a file's first records give, if the file can be read at all. */
	static OptionalInt reportingYear(Path file, @Nullable ColumnMapping mapping) {
		int year = ExtractReaders.reportingYear(file, mapping);
		return (year > 0) ? OptionalInt.of(year) : OptionalInt.empty();
	}

	/** An output named as a file must not be a folder (else exit 64). */
	static void checkOutputFile(CommandSpec spec, Path file) {
		if (Files.isDirectory(file)) {
			throw new ParameterException(spec.commandLine(), "--out must name a file, not the folder " + file);
		}
	}

	/**
	 * A run without {@code --input} on a store that holds nothing for the year is wrong use (exit 64), said
	 * in one sentence with how to import, before any job starts.
	 */
	static void checkStoreHolds(CommandSpec spec, FactStore facts, int year, List<Path> files, Path store) {
		if (files.isEmpty() && facts.municipalities(year).isEmpty()) {
			throw new ParameterException(spec.commandLine(), "The store " + store + " holds nothing for " + year
					+ ": import the year's files first (./kostra import FILE... --store " + store
					+ ") or give them with --input FILE");
		}
	}

	/** A reporting year is written with four digits (else exit 64). */
	static void checkYear(CommandSpec spec, String option, int year) {
		if (year < 1000 || year > 9999) {
			throw new ParameterException(spec.commandLine(), option + " must be a year written YYYY, not " + year);
		}
	}

}
