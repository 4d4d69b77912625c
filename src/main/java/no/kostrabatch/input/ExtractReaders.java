package no.kostrabatch.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import no.kostrabatch.input.internal.BinaryFiles;
import no.kostrabatch.input.internal.CsvExtractReader;
import no.kostrabatch.input.internal.ElevenFExtractReader;
import no.kostrabatch.input.internal.PhysicalLines;
import no.kostrabatch.input.internal.TextFiles;

import org.springframework.lang.Nullable;

/** Opens an input file as the right reader: an 11F file or a CSV extract, detected from its content. */
public final class ExtractReaders {

	private static final int PROBE_LINES = 100;

	private ExtractReaders() {
	}

	/** The encoding of a text file: UTF-8 (with or without BOM) or Windows-1252. */
	public static Charset charsetOf(Path file) throws IOException {
		return TextFiles.detect(file).charset();
	}

	/**
	 * Opens a file for reading. 11F: lines start with a municipality number and one of the first
	 * non-blank lines has the length of a layout (324 or 338), which decides the layout. CSV: the
	 * first line is a header naming KOMMUNE_NR, or has a {@code ;}, or a column mapping is given.
	 * @param mapping the municipality's column mapping for CSV extracts, or {@code null}
	 * @throws InputFileException when the file is missing, unreadable, empty or neither format
	 */
	public static ExtractReader open(Path file, Pseudonymiser pseudonymiser, @Nullable ColumnMapping mapping) {
		String name = String.valueOf(file.getFileName());
		if (!Files.exists(file)) {
			throw new InputFileException("The input file " + name + " does not exist.");
		}
		if (!Files.isRegularFile(file)) {
			throw new InputFileException("The input file " + name + " is not a file.");
		}
		try {
			java.util.Optional<String> binary = BinaryFiles.describe(file);
			if (binary.isPresent()) {
				throw new InputFileException(binary.get());
			}
			TextFiles.Encoding encoding = TextFiles.detect(file);
			String text = firstLine(file, encoding);
			if (text == null) {
				throw new InputFileException(name + " is empty.");
			}
			if (text.indexOf('\u0000') >= 0) {
				throw new InputFileException(name + " looks like a UTF-16 file; save it as UTF-8 or Windows-1252 "
						+ "(ISO-8859-1) and try again.");
			}
			boolean delimited = text.indexOf(';') >= 0 || text.indexOf(',') >= 0;
			if (startsWithMunicipality(text) && text.length() >= 100) {
				String record = elevenFRecord(file, encoding);
				if (record != null) {
					return new ElevenFExtractReader(file, pseudonymiser, record, encoding);
				}
				if (!delimited) {
					throw new InputFileException(name + " looks like an 11F file, but its first record has "
							+ text.length() + " characters; the 11F layouts have 324 (2024) or 338 (2025/2026).");
				}
			}
			if (text.toUpperCase(Locale.ROOT).contains("KOMMUNE_NR") || text.indexOf(';') >= 0 || mapping != null) {
				return csv(file, pseudonymiser, mapping, encoding);
			}
			throw new InputFileException(name + " is neither an 11F file nor a CSV extract with a header row "
					+ "(KOMMUNE_NR;PERIODE;...).");
		}
		catch (AccessDeniedException ex) {
			throw new InputFileException("The input file " + name + " cannot be read (access denied).");
		}
		catch (IOException ex) {
			throw new InputFileException("The input file " + name + " cannot be read ("
					+ ex.getClass().getSimpleName() + ").");
		}
	}

	/**
	 * What a file is when it is a workbook, a PDF, an archive or another binary format rather than
	 * text (one sentence saying what to do), else empty.
	 */
	public static java.util.Optional<String> binaryDescription(Path file) throws IOException {
		return BinaryFiles.describe(file);
	}

	/**
	 * The reporting year of a file (see {@link ExtractReader#reportingYear()}) read from its first
	 * records only, under a throwaway key; 0 when the file cannot be opened or gives none.
	 */
	public static int reportingYear(Path file) {
		return reportingYear(file, null);
	}

	/** As {@link #reportingYear(Path)}, reading a CSV extract with a column mapping (or {@code null}). */
	public static int reportingYear(Path file, @Nullable ColumnMapping mapping) {
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		try (ExtractReader reader = open(file, new Pseudonymiser(key), mapping)) {
			return reader.reportingYear();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * Where a file seems cut: the number of its last whole line when the last line has no line end and
	 * is shorter than an 11F record (the first line of a layout's length decides), else 0. For CSV
	 * extracts see {@link CsvRow#cut()}.
	 */
	public static long cutAfterLine(Path file) throws IOException {
		TextFiles.Encoding encoding = TextFiles.detect(file);
		int recordLength = 0;
		PhysicalLines.Line last = null;
		PhysicalLines lines = new PhysicalLines(new InputStreamReader(TextFiles.open(file, encoding), encoding.charset()));
		try {
			for (PhysicalLines.Line line = lines.next(); line != null; line = lines.next()) {
				if (recordLength == 0 && ElevenFLayout.forLineLength(line.text().length()).isPresent()) {
					recordLength = line.text().length();
				}
				last = line;
			}
		}
		finally {
			lines.close();
		}
		boolean cut = last != null && !last.terminated() && recordLength > 0 && !last.text().isBlank()
				&& last.text().length() < recordLength;
		return cut ? last.number() - 1 : 0;
	}

	private static ExtractReader csv(Path file, Pseudonymiser pseudonymiser, ColumnMapping mapping,
			TextFiles.Encoding encoding) throws IOException {
		CsvExtract extract = CsvExtract.open(file, mapping, encoding);
		try {
			return new CsvExtractReader(extract, pseudonymiser);
		}
		catch (RuntimeException ex) {
			extract.close();
			throw ex;
		}
	}

	private static boolean startsWithMunicipality(String line) {
		return ElevenFLayout.municipalityNumber(line).isPresent();
	}

	/** The first non-blank line, or {@code null}. */
	private static String firstLine(Path file, TextFiles.Encoding encoding) throws IOException {
		try (BufferedReader reader = reader(file, encoding)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					return line;
				}
			}
			return null;
		}
	}

	/**
	 * The first of the first {@value #PROBE_LINES} non-blank lines that has an 11F layout's length and
	 * starts with a municipality number (so that one damaged first line does not hide the format).
	 */
	private static String elevenFRecord(Path file, TextFiles.Encoding encoding) throws IOException {
		try (BufferedReader reader = reader(file, encoding)) {
			int probed = 0;
			for (String line = reader.readLine(); line != null && probed < PROBE_LINES; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				probed++;
				if (startsWithMunicipality(line) && ElevenFLayout.forLineLength(line.length()).isPresent()) {
					return line;
				}
			}
			return null;
		}
	}

	private static BufferedReader reader(Path file, TextFiles.Encoding encoding) throws IOException {
		return new BufferedReader(new InputStreamReader(TextFiles.open(file, encoding), encoding.charset()));
	}

}
