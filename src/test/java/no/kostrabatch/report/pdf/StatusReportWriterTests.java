package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.nio.file.Path;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportFixtures;
import no.kostrabatch.statistics.Lang;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportWriterTests {

	@TempDir
	Path dir;

	@Test
	void titleKeyFiguresSentencesAndEmbeddedFonts() throws IOException {
		ReportData data = ReportFixtures.twoCities(Lang.NB, DisclosureMode.INTERNAL);
		Path file = this.dir.resolve("statusrapport.pdf");

		new StatusReportWriter().write(data, file);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(pdf.getNumberOfPages()).isBetween(15, 40);
			assertThat(text).contains("Statusrapport for økonomisk sosialhjelp 2025")
				.contains("Sammenligning av 2 byer: Oslo, Bergen")
				.contains("Innhold")
				.contains("Antall sosialhjelpsmottakere i Oslo gikk ned med 50 personer (4,2 %) fra 2024 til 2025.")
				.contains("Antall sosialhjelpsmottakere i Bergen økte med 20 personer (2,9 %) fra 2024 til 2025.")
				.contains("Sammenligning mellom byene")
				.contains("Indeksprofil 2025")
				.contains("Utvikling over tid")
				.contains("Side 1 av " + pdf.getNumberOfPages());
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void englishReport() throws IOException {
		ReportData data = ReportFixtures.twoCities(Lang.EN, DisclosureMode.PUBLIC);
		Path file = this.dir.resolve("report.pdf");

		new StatusReportWriter().write(data, file);

		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Status report on social assistance 2025")
				.contains("The number of recipients in Oslo fell by 50 persons (4.2%) from 2024 to 2025.")
				.contains("Comparison across cities");
		}
	}

}
