package no.kostrabatch.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.kostrabatch.report.FileReportWriter;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Cell;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code statistics.csv} in the tidy long format of STATISTICS.md: one row per cell and
 * measure, sorted by table, region, period, categories (publication order) and measure; values as
 * plain numbers with {@code .} as decimal separator, symbols in their own column.
 */
public final class StatisticsCsvWriter implements FileReportWriter {

	/** The name a run asks for this report by, and its file. */
	public static final String NAME = "statistics.csv";


	public static final String[] HEADER = { "table_id", "region", "period", "dim1", "cat1", "dim2", "cat2", "measure",
			"value", "symbol" };

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void write(ReportData data, Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Cell cell : data.cells()) {
				printer.printRecord(text(cell.tableId()), text(cell.region()), text(cell.period()), text(cell.dim1()),
						text(cell.cat1()), text(cell.dim2()), text(cell.cat2()), text(cell.measure()),
						cell.hasValue() ? cell.value().toPlainString() : "",
						(cell.symbol() != null) ? cell.symbol().text() : "");
			}
		}
	}

	private static String text(String value) {
		return (value != null) ? SpreadsheetSafe.text(value) : "";
	}

}
