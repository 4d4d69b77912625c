package no.kostrabatch.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.report.Messages;
import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Lang;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code avvist.csv}: the lines that could not be read, with file, line number and reason.
 * The column headings are in the message bundles; bokmål, the default, keeps the headings the file
 * has always had ({@code file,line,reason}), which checks outside kostra may read.
 */
public final class RejectsCsvWriter {

	private final Messages messages;

	/** A writer with the default (bokmål) headings. */
	public RejectsCsvWriter() {
		this(Lang.NB);
	}

	public RejectsCsvWriter(Lang lang) {
		this.messages = new Messages(lang);
	}

	/** Writes rows of (file name, line number, reason). */
	public void write(List<String[]> rows, Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader(this.messages.get("csv.rejects_csv_writer.file"), this.messages.get("csv.rejects_csv_writer.line"),
					this.messages.get("csv.rejects_csv_writer.reason"))
			.setRecordSeparator("\n")
			.get();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, format)) {
			for (String[] row : rows) {
				printer.printRecord(SpreadsheetSafe.text(row[0]), row[1], SpreadsheetSafe.text(row[2]));
			}
		}
	}

}
