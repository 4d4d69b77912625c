package no.kostrabatch.input;

import java.io.Closeable;
import java.io.IOException;

/** Streams the lines of one input file as facts or rejections. */
public interface ExtractReader extends Closeable {

	ExtractFormat format();

	/** The reporting year: the 11F VERSION or layout year; a CSV extract's first PERIODE year. */
	int reportingYear();

	/** How the file was read, e.g. "CSV (UTF-8 med BOM, skilletegn ';')". */
	String description();

	/** The next line (a blank line is {@link ParsedLine.Blank}), or {@code null} at the end of the file. */
	ParsedLine next() throws IOException;

	/** Bytes of the file consumed so far (for progress). */
	long bytesRead();

}
