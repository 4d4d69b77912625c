package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.report.ReportData;

/**
 * Writes one municipality's status report ({@code statusrapport-<kommunenr>.pdf}), as the large cities
 * publish theirs: title page, contents, the city's key figures with the main changes, its districts
 * (for a municipality with districts), a section per one-dimension table with its table and bar
 * chart, SSB's two-dimension tables by family phase and age, the city among the other cities of the
 * run with its index profile (when there are several), the city's time series (from three periods;
 * with two the key figures table already holds both), and the definitions and symbols. Other cities appear only in the comparison section. A4
 * portrait, fonts embedded, charts as vector graphics, page numbers, date and source in every footer.
 */
public final class StatusReportWriter {

	public void write(ReportData data, String city, Path file) throws IOException {
		ReportText text = new ReportText(data);
		try (PdfCanvas canvas = new PdfCanvas()) {
			String name = text.region(city);
			FrontMatter front = new FrontMatter(canvas, data, text, text.title() + " – " + name);
			List<String> others = data.info().municipalities().stream().filter((c) -> !c.equals(city)).toList();
			front.titlePage(name, others.isEmpty() ? ""
					: text.m("pdf.status_report_writer.compared_with", String.join(", ", others.stream().map(text::region).toList())));
			Report report = new Report(canvas, data, text, new Contents(), List.of(city));
			new KeyFiguresSection(report).write();
			new DistrictSection(report).write();
			new DimensionSection(report).write();
			new CrossTableSection(report).write();
			if (!others.isEmpty()) {
				new ComparisonSection(report).write();
			}
			if (data.periods().size() >= TimeSeriesSection.CHART_FROM) {
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
