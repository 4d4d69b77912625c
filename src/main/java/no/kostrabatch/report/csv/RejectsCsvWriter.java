package no.kostrabatch.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.report.SpreadsheetSafe;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code avvist.csv}: the lines that could not be read, with file, line number and reason. */
public final class RejectsCsvWriter {

	/** Writes rows of (file name, line number, reason). */
	public void write(List<String[]> rows, Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader("file", "line", "reason").setRecordSeparator("\n").get();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, format)) {
			for (String[] row : rows) {
				printer.printRecord(SpreadsheetSafe.text(row[0]), row[1], SpreadsheetSafe.text(row[2]));
			}
		}
	}

}
