package no.kostrabatch.report.formats;

import java.util.List;

import no.kostrabatch.report.ReportWriter;
import no.kostrabatch.report.csv.CodebookCsvWriter;
import no.kostrabatch.report.csv.StatisticsCsvWriter;
import no.kostrabatch.report.excel.WorkbookWriter;
import no.kostrabatch.report.json.JsonStatWriter;
import no.kostrabatch.report.pdf.StatusReports;

/**
 * The registry of output formats: one {@link ReportWriter} per format, in the order a run writes
 * them. A new format is a new writer class and its line here; nothing else chooses by file name.
 */
public final class ReportFormats {

	private static final List<ReportWriter> WRITERS = List.of(new StatisticsCsvWriter(), new CodebookCsvWriter(),
			new JsonStatWriter(), new WorkbookWriter(), new StatusReports());

	/** The names a run's outputs list may use, in the order they are written. */
	public static final List<String> NAMES = WRITERS.stream().map(ReportWriter::name).toList();

	private ReportFormats() {
	}

	/** Every writer, in the order a run writes them. */
	public static List<ReportWriter> all() {
		return WRITERS;
	}

	/** The writer of a requested output name. */
	public static ReportWriter named(String name) {
		return WRITERS.stream()
			.filter((w) -> w.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No report is called " + name + "; the reports are " + NAMES));
	}

	/** Whether a file in an output folder is one of the reports (so publication may replace it). */
	public static boolean isReport(String fileName) {
		return WRITERS.stream().anyMatch((w) -> w.writes(fileName));
	}

}
