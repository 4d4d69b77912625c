package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes {@code statusrapport.pdf}: a title page, contents, key figures with generated sentences, a
 * section per table with its table and chart, the comparison across cities with an index profile,
 * time series, and the definitions; page numbers, date and source in every footer.
 */
public final class StatusReportWriter {

	public void write(ReportData data, Path file) throws IOException {
		ReportLabels labels = new ReportLabels(data.info().lang());
		try (PdfCanvas canvas = new PdfCanvas()) {
			titlePage(canvas, data, labels);
			Sections sections = new Sections(canvas, data, labels);
			List<String[]> contents = new ArrayList<>();
			contents.add(sections.keyFigures());
			contents.addAll(sections.tables());
			if (data.info().municipalities().size() > 1) {
				contents.add(sections.comparison());
			}
			if (data.periods().size() > 1) {
				contents.add(sections.timeSeries());
			}
			contents.add(sections.definitions());
			canvas.finish();
			contentsPage(canvas, contents, labels);
			footers(canvas, data, labels);
			canvas.document.save(file.toFile());
		}
	}

	private static void titlePage(PdfCanvas canvas, ReportData data, ReportLabels labels) throws IOException {
		canvas.newPage();
		canvas.space(180);
		canvas.heading(labels.t("Statusrapport for økonomisk sosialhjelp ", "Status report on social assistance ")
				+ data.info().period(), 22);
		List<String> names = data.info().municipalities().stream().map(data.regions()::name).toList();
		canvas.paragraph((names.size() == 1) ? names.get(0)
				: labels.t("Sammenligning av " + names.size() + " byer: ", "Comparison of " + names.size() + " cities: ")
						+ String.join(", ", names), 14);
		canvas.space(20);
		canvas.paragraph(labels.t("Periode: ", "Period: ") + data.info().period() + labels.t(", sammenlignet med ",
				", compared with ") + data.info().previousPeriod(), 11);
		canvas.paragraph(labels.t("Laget: ", "Made: ") + LocalDate.ofInstant(data.info().runTime(), ZoneId.systemDefault()),
				11);
		canvas.paragraph(labels.disclosure(data.info().disclosure()), 11);
		canvas.paragraph(labels.t("Kilde: kommunenes fagsystemer, talt som SSB teller (KOSTRA 11F), med kostra-batch.",
				"Source: the municipalities' case systems, counted as Statistics Norway counts (KOSTRA 11F), by kostra-batch."),
				10);
	}

	private static void contentsPage(PdfCanvas canvas, List<String[]> contents, ReportLabels labels)
			throws IOException {
		PDPage page = new PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
		canvas.document.getPages().insertAfter(page, canvas.document.getPage(0));
		try (PDPageContentStream stream = new PDPageContentStream(canvas.document, page)) {
			float y = page.getMediaBox().getHeight() - PdfCanvas.MARGIN - 20;
			write(stream, canvas, labels.t("Innhold", "Contents"), true, 18, PdfCanvas.MARGIN, y);
			y -= 36;
			for (String[] entry : contents) {
				int pageNumber = Integer.parseInt(entry[1]) + 1;
				write(stream, canvas, entry[0], false, 11, PdfCanvas.MARGIN, y);
				String number = String.valueOf(pageNumber);
				float width = canvas.regular.getStringWidth(number) / 1000 * 11;
				write(stream, canvas, number, false, 11, PdfCanvas.MARGIN + PdfCanvas.WIDTH - width, y);
				y -= 18;
			}
		}
	}

	private static void footers(PdfCanvas canvas, ReportData data, ReportLabels labels) throws IOException {
		int pages = canvas.document.getNumberOfPages();
		String date = LocalDate.ofInstant(data.info().runTime(), ZoneId.systemDefault()).toString();
		for (int i = 0; i < pages; i++) {
			PDPage page = canvas.document.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(canvas.document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String left = labels.t("Statusrapport økonomisk sosialhjelp ", "Status report social assistance ")
						+ data.info().period() + " · " + date + " · " + labels.t("Kilde: kostra-batch", "Source: kostra-batch");
				String right = labels.t("Side ", "Page ") + (i + 1) + labels.t(" av ", " of ") + pages;
				write(stream, canvas, left, false, 8, PdfCanvas.MARGIN, PdfCanvas.MARGIN - 10);
				float width = canvas.regular.getStringWidth(right) / 1000 * 8;
				write(stream, canvas, right, false, 8, PdfCanvas.MARGIN + PdfCanvas.WIDTH - width, PdfCanvas.MARGIN - 10);
			}
		}
	}

	private static void write(PDPageContentStream stream, PdfCanvas canvas, String text, boolean bold, float size,
			float x, float y) throws IOException {
		stream.beginText();
		stream.setFont(bold ? canvas.bold : canvas.regular, size);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

}
