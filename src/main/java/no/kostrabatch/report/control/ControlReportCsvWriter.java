package no.kostrabatch.report.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.validation.Finding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams findings to {@code kontrollrapport.csv}: {@code line,rule_id,severity,field,journal,message}.
 */
public final class ControlReportCsvWriter implements Consumer<Finding>, AutoCloseable {

	private final CSVPrinter printer;

	public ControlReportCsvWriter(Path file) throws IOException {
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader("line", "rule_id", "severity", "field", "journal", "message")
			.setRecordSeparator("\n")
			.get());
	}

	@Override
	public void accept(Finding finding) {
		try {
			this.printer.printRecord(finding.line(), finding.rule().number(), finding.severity().name(),
					(finding.field() != null) ? finding.field().name() : "", SpreadsheetSafe.text(finding.journal()),
					SpreadsheetSafe.text(finding.message()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

}
