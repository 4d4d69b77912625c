package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.report.ReportData;

/**
 * Writes {@code sammenligning.pdf}, one compact comparison of all the cities of a run: the key figures
 * side by side with the group mean and the change from last year, the index profile of every city
 * with the group's range, each indicator city by city, the key figures over time, and the
 * definitions. The cities' own tables are in their own reports.
 */
public final class ComparisonReportWriter {

	public void write(ReportData data, Path file) throws IOException {
		ReportText text = new ReportText(data);
		try (PdfCanvas canvas = new PdfCanvas()) {
			List<String> cities = data.info().municipalities();
			FrontMatter front = new FrontMatter(canvas, data, text, text.comparisonTitle());
			front.titlePage(String.join(", ", cities.stream().map(text::region).toList()),
					text.m("pdf.comparison_report_writer.each_city_also_has_a"));
			Report report = new Report(canvas, data, text, new Contents(), cities);
			new ComparisonSection(report).write();
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
