package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;

import no.kostrabatch.report.Months;
import no.kostrabatch.report.ReportData;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The title page, the contents page (inserted once the page numbers are known) and the footers. */
final class FrontMatter {

	private final PdfCanvas canvas;

	private final ReportData data;

	private final ReportText text;

	private final String title;

	/**
	 * @param title the report's title, on the title page and in every footer
	 */
	FrontMatter(PdfCanvas canvas, ReportData data, ReportText text, String title) {
		this.canvas = canvas;
		this.data = data;
		this.text = text;
		this.title = title;
	}

	/** The title page; {@code who} says whom the report is about, {@code peers} whom it compares with (may be empty). */
	void titlePage(String who, String peers) throws IOException {
		this.canvas.newPage();
		this.canvas.space(170);
		this.canvas.heading(this.title, 24);
		this.canvas.paragraph(who, this.canvas.bold, 14, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
		if (!peers.isEmpty()) {
			this.canvas.paragraph(peers, 11);
		}
		this.canvas.space(24);
		String previous = this.data.previousPeriod();
		String now = Months.label(this.data.info().period(), this.text.lang());
		String period = (previous != null)
				? this.text.m("pdf.front_matter.period_compared_with", now, Months.label(previous, this.text.lang()))
				: this.text.m("pdf.front_matter.period", now);
		for (String line : List.of(period, this.text.m("pdf.front_matter.date", this.text.date()), this.text.disclosure(),
				this.text.m("pdf.front_matter.source_the_municipalities_case_systems"))) {
			this.canvas.paragraph(line, 11);
		}
	}

	/** Inserts the contents as page 2; every entry's page number moves one on. */
	void contentsPage(Contents contents) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		this.canvas.document.getPages().insertAfter(page, this.canvas.document.getPage(0));
		try (PDPageContentStream stream = new PDPageContentStream(this.canvas.document, page)) {
			float y = PdfCanvas.TOP - 20;
			show(stream, this.text.m("pdf.front_matter.contents"), this.canvas.bold, 17, PdfCanvas.MARGIN, y);
			y -= 34;
			for (Contents.Entry entry : contents.entries()) {
				PDFont font = entry.sub() ? this.canvas.regular : this.canvas.bold;
				float size = entry.sub() ? 9.5f : 10.5f;
				if (!entry.sub()) {
					y -= 5;
				}
				float x = PdfCanvas.MARGIN + (entry.sub() ? 16 : 0);
				String number = String.valueOf(entry.page() + 1);
				show(stream, entry.title(), font, size, x, y);
				show(stream, number, font, size, PdfCanvas.MARGIN + PdfCanvas.WIDTH - PdfCanvas.width(number, font, size), y);
				y -= size * 1.6f;
			}
		}
	}

	/**
	 * The footer of every page after the title page; an internal report's marking at the top and under
	 * the footer of every page, the title page too.
	 */
	void footers() throws IOException {
		int pages = this.canvas.document.getNumberOfPages();
		String mark = this.text.internalMark();
		String left = this.title + "  ·  " + this.text.date() + "  ·  "
				+ this.text.m("pdf.front_matter.source_municipal_case_systems_kostra");
		if (mark != null) {
			for (int i = 0; i < pages; i++) {
				mark(this.canvas.document.getPage(i), mark, PdfCanvas.TOP + 22);
				mark(this.canvas.document.getPage(i), mark, PdfCanvas.MARGIN - 28);
			}
		}
		for (int i = 1; i < pages; i++) {
			PDPage page = this.canvas.document.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(this.canvas.document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String right = this.text.m("pdf.front_matter.page", i + 1, pages);
				float y = PdfCanvas.MARGIN - 16;
				stream.setStrokingColor(0.6f, 0.6f, 0.6f);
				stream.setLineWidth(0.5f);
				stream.moveTo(PdfCanvas.MARGIN, y + 11);
				stream.lineTo(PdfCanvas.MARGIN + PdfCanvas.WIDTH, y + 11);
				stream.stroke();
				float rightWidth = PdfCanvas.width(right, this.canvas.regular, 7.5f);
				float size = 7.5f;
				while (size > 5.5f && PdfCanvas.width(left, this.canvas.regular, size) > PdfCanvas.WIDTH - rightWidth - 12) {
					size -= 0.25f;
				}
				show(stream, left, this.canvas.regular, size, PdfCanvas.MARGIN, y);
				show(stream, right, this.canvas.regular, 7.5f, PdfCanvas.MARGIN + PdfCanvas.WIDTH - rightWidth, y);
			}
		}
	}

	/** The marking centred in red at height {@code y}. */
	private void mark(PDPage page, String mark, float y) throws IOException {
		try (PDPageContentStream stream = new PDPageContentStream(this.canvas.document, page,
				PDPageContentStream.AppendMode.APPEND, true, true)) {
			stream.setNonStrokingColor(0.75f, 0f, 0f);
			float width = PdfCanvas.width(mark, this.canvas.bold, 9);
			show(stream, mark, this.canvas.bold, 9, PdfCanvas.MARGIN + (PdfCanvas.WIDTH - width) / 2, y);
		}
	}

	private static void show(PDPageContentStream stream, String text, PDFont font, float size, float x, float y)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

}
