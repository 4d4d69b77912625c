package no.kostrabatch.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import no.kostrabatch.input.internal.CsvExtractReader;
import no.kostrabatch.input.internal.ElevenFExtractReader;
import no.kostrabatch.input.internal.TextFiles;

/** Opens an input file as the right reader: an 11F file or a CSV extract, detected from its content. */
public final class ExtractReaders {

	private ExtractReaders() {
	}

	/** The encoding of a text file: UTF-8 (with or without BOM) or Windows-1252. */
	public static java.nio.charset.Charset charsetOf(Path file) throws IOException {
		return TextFiles.detect(file).charset();
	}

	/**
	 * Opens a file for reading. 11F: the first non-blank line has the length of a layout (324 or
	 * 338) and starts with a municipality number. CSV: the first line is a header naming KOMMUNE_NR.
	 * @throws InputFileException when the file is missing, empty or neither format
	 */
	public static ExtractReader open(Path file, Pseudonymiser pseudonymiser, ColumnMapping mapping) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new InputFileException("Input file not found: " + file + ".");
		}
		try {
			TextFiles.Encoding encoding = TextFiles.detect(file);
			String first = null;
			long firstLineNumber = 0;
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(TextFiles.open(file, encoding), encoding.charset()))) {
				String line;
				while ((line = reader.readLine()) != null) {
					firstLineNumber++;
					if (!line.isBlank()) {
						first = line;
						break;
					}
				}
			}
			if (first == null) {
				throw new InputFileException(name + " is empty.");
			}
			if (first.indexOf('\u0000') >= 0) {
				throw new InputFileException(name + " looks like a UTF-16 file; save it as UTF-8 or Windows-1252 "
						+ "(ISO-8859-1) and try again.");
			}
			if (first.toUpperCase(Locale.ROOT).contains("KOMMUNE_NR") || first.contains(";")) {
				return new CsvExtractReader(file, pseudonymiser, mapping);
			}
			if (ElevenFLayout.forLineLength(first.length()).isPresent() && first.substring(0, 4).matches("\\d{4}")) {
				return new ElevenFExtractReader(file, pseudonymiser, first, firstLineNumber, encoding);
			}
			if (first.substring(0, Math.min(4, first.length())).matches("\\d{4}") && first.length() >= 100) {
				throw new InputFileException(name + " looks like an 11F file, but its first record has " + first.length()
						+ " characters; the 11F layouts have 324 (2024) or 338 (2025/2026).");
			}
			if (mapping != null) {
				return new CsvExtractReader(file, pseudonymiser, mapping);
			}
			throw new InputFileException(name + " is neither an 11F file nor a CSV extract with a header row "
					+ "(KOMMUNE_NR;PERIODE;...).");
		}
		catch (IOException ex) {
			throw new InputFileException("Cannot read " + name + ": " + ex.getMessage() + ".");
		}
	}

}
