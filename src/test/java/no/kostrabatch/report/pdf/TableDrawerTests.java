package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableDrawerTests {

	@Test
	void aTableThatGoesOnToTheNextPageHasItsHeadingWithFortsAndItsHeaderThere() throws IOException {
		Table.Builder table = Table.builder(new float[] { 283, 100, 100 }, "Bydel", "2024", "2025");
		for (int i = 1; i <= 90; i++) {
			table.row(false, "Rad " + i, String.valueOf(i), String.valueOf(i + 1));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PdfCanvas canvas = new PdfCanvas()) {
			canvas.newPage();
			new TableDrawer(canvas, 8, "Mottakere etter bydel (forts.)").draw(table.build());
			canvas.finish();
			canvas.document.save(bytes);
		}
		try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String[] lines = stripper.getText(pdf).strip().split("\\R");
				assertThat(lines[0]).as("page %d", page).isEqualTo("Mottakere etter bydel (forts.)");
				assertThat(lines[1]).as("page %d", page).isEqualTo("Bydel 2024 2025");
			}
			PDFTextStripper first = new PDFTextStripper();
			first.setEndPage(1);
			assertThat(first.getText(pdf)).doesNotContain("(forts.)");
		}
	}

}
