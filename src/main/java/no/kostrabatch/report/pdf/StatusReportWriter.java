package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.nio.file.Path;

import no.kostrabatch.report.ReportData;

/**
 * Writes {@code statusrapport.pdf}, the politicians' annual status report on social assistance:
 * title page, contents, a key-figures page per municipality with generated sentences, the key figures
 * by district (for a municipality with districts), a section per one-dimension table with its table
 * and bar chart, SSB's two-dimension tables by family phase and age, the comparison across cities with an index profile (when
 * there are several), time series (when there are several periods), and the definitions and
 * symbols. A4 portrait, fonts embedded, charts as vector graphics, page numbers, date and source in
 * every footer.
 */
public final class StatusReportWriter {

	public void write(ReportData data, Path file) throws IOException {
		ReportText text = new ReportText(data);
		try (PdfCanvas canvas = new PdfCanvas()) {
			FrontMatter front = new FrontMatter(canvas, data, text);
			front.titlePage();
			Report report = new Report(canvas, data, text, new Contents());
			new KeyFiguresSection(report).write();
			new DistrictSection(report).write();
			new DimensionSection(report).write();
			new CrossTableSection(report).write();
			if (data.info().municipalities().size() > 1) {
				new ComparisonSection(report).write();
			}
			if (data.periods().size() > 1) {
				new TimeSeriesSection(report).write();
			}
			new NotesSection(report).write();
			canvas.finish();
			front.contentsPage(report.contents());
			front.footers();
			canvas.document.save(file.toFile());
		}
	}

}
