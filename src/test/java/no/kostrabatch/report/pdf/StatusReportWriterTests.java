package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;
import java.nio.file.Path;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.statistics.Lang;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportWriterTests {

	@TempDir
	Path dir;

	@Test
	void fourCitiesInBokmaal() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC))) {
			String text = text(pdf);
			assertThat(pdf.getNumberOfPages()).isBetween(55, 65);
			assertThat(text).contains("Statusrapport for økonomisk sosialhjelp 2025")
				.contains("Sammenligning av 4 byer: Oslo, Bergen, Trondheim, Stavanger")
				.contains("Periode: 2025, sammenlignet med 2024")
				.contains("Dato: 1. mars 2026")
				.contains("Offentlig utgave: små tall er skjult (:)")
				.contains("Innhold")
				.contains("Nøkkeltall for Oslo", "Nøkkeltall for Bergen", "Nøkkeltall for Trondheim", "Nøkkeltall for Stavanger")
				.contains("Mottakere (personer) 7 100 6 651 −449 −6,3")
				.contains("Antall sosialhjelpsmottakere i Oslo gikk ned med 687 personer (3,4 %) fra 2024 til 2025.")
				.contains("Antall sosialhjelpsmottakere i Bergen gikk ned med 449 personer (6,3 %) fra 2024 til 2025.")
				.contains("Antall sosialhjelpsmottakere i Trondheim økte med 1 person (under 0,1 %) fra 2024 til 2025.")
				.contains("Antall sosialhjelpsmottakere i Stavanger var uendret fra 2024 til 2025 (3 940 personer).")
				.contains("Mottakere etter alder", "Mottakere etter bydel", "Gamle Oslo", "Søndre Nordstrand")
				.contains("Enke/enkemann 76 1,9 81 2,0 +5 : : : : :")
				.contains("Skjult av personvernhensyn (:) og derfor ikke med i figuren. Stavanger: Samboer, Enke/enkemann.")
				.contains("Sammenligning mellom byene", "Indeksprofil 2025", "Gruppens laveste", "Gruppens høyeste")
				.contains("Utvikling over tid", "Definisjoner, symboler og kilder")
				.contains("«:» skjult av personvernhensyn, «.» kan ikke forekomme, «..» tall mangler")
				.contains("Side 3 av " + pdf.getNumberOfPages())
				.doesNotContain("_");
			assertEmbeddedFonts(pdf);
		}
	}

	@Test
	void oneCityInEnglishHasNoComparison() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.bergen(Lang.EN, DisclosureMode.INTERNAL))) {
			String text = text(pdf);
			assertThat(pdf.getNumberOfPages()).isBetween(20, 30);
			assertThat(text).contains("Status report on financial social assistance 2025")
				.contains("Internal edition: every number is shown")
				.contains("Recipients (persons) 7,100 6,651 -449 -6.3")
				.contains("The number of recipients in Bergen fell by 449 persons (6.3%) from 2024 to 2025.")
				.contains("Recipients by age", "18–24")
				.contains("Development over time")
				.doesNotContain("Comparison across the cities")
				.doesNotContain("_");
		}
	}

	@Test
	void oneYearSaysThereIsNothingToCompareWith() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.bergenOneYear(Lang.NB, DisclosureMode.PUBLIC))) {
			String text = text(pdf);
			assertThat(text).contains("Antall sosialhjelpsmottakere i Bergen var 6 651 personer i 2025. "
					+ "Det finnes ingen tidligere periode å sammenligne med.")
				.doesNotContain("Utvikling over tid")
				.doesNotContain("Sammenligning mellom byene");
		}
	}

	@Test
	void previousPeriodWithoutFiguresIsNoComparison() throws IOException {
		ReportData oneYear = StatusReportFixtures.bergenOneYear(Lang.NB, DisclosureMode.PUBLIC);
		RunInfo info = oneYear.info();
		ReportData claimed = new ReportData(oneYear.catalog(), oneYear.regions(), new RunInfo(info.jobName(), "2025",
				"2024", info.municipalities(), info.sourceFiles(), info.runTime(), info.disclosure(), info.lang()),
				oneYear.cells());
		try (PDDocument pdf = write(claimed)) {
			String text = text(pdf);
			assertThat(text).contains("Periode: 2025 Dato:")
				.contains("Antall sosialhjelpsmottakere i Bergen var 6 651 personer i 2025. "
						+ "Det finnes ingen tidligere periode å sammenligne med.")
				.doesNotContain("sammenlignet med 2024")
				.doesNotContain("Tall for 2024 mangler");
		}
	}

	@Test
	void manySourceFilesAreCountedRatherThanListed() throws IOException {
		ReportData oneYear = StatusReportFixtures.bergenOneYear(Lang.NB, DisclosureMode.PUBLIC);
		RunInfo info = oneYear.info();
		List<String> files = java.util.stream.IntStream.rangeClosed(1, 12)
			.mapToObj((m) -> String.format("4601-2025-%02d.csv", m))
			.toList();
		ReportData many = new ReportData(oneYear.catalog(), oneYear.regions(), new RunInfo(info.jobName(), "2025", null,
				info.municipalities(), files, info.runTime(), info.disclosure(), info.lang()), oneYear.cells());
		try (PDDocument pdf = write(many)) {
			String text = text(pdf).replace("\n", " ");
			assertThat(text).contains("4601-2025-08.csv og 4 filer til.").doesNotContain("4601-2025-09.csv");
		}
	}

	@Test
	void chartTextIsEmbeddedText() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.bergen(Lang.NB, DisclosureMode.PUBLIC))) {
			PDPage agePage = pdf.getPage(3);
			String page = new PDFTextStripper() {
				{
					setStartPage(4);
					setEndPage(4);
				}
			}.getText(pdf);
			assertThat(page).contains("Mottakere etter alder").contains("Antall mottakere");
			assertThat(agePage.getResources().getXObjectNames()).isNotEmpty();
		}
	}

	@Test
	void twoDimensionTablesAreInTheContentsWithLabelsAndCells() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC))) {
			String contents = page(pdf, 2);
			assertThat(contents).contains("Bydelene i Oslo", "SSBs standardtabeller",
					"Mottakere etter antall måneder med stønad og familiefase",
					"Mottakere etter viktigste kilde til livsopphold og familiefase",
					"Mottakere etter arbeidssituasjon og familiefase", "Mottakere etter trygdesituasjon og familiefase",
					"Stønad per stønadsmåned etter antall måneder og familiefase",
					"Mottakere etter viktigste kilde til livsopphold og alder");
			String text = text(pdf);
			assertThat(text).contains("Bergen, 2025 Antall måneder med stønad Familiefase 1 2 3 4 5 6 7 8 9 10 11 12 I alt Snitt mnd.")
				.contains("Enslige menn 25–44 år 274 174 134 111 91 74 72 65 47 68 94 162 1 366 5,5")
				// the linked control hides more here than table by table did: the months are linked to recipients_by_months
				.contains("Enslige menn 67 år og eldre : : 8 : : : 5 0 4 : : : 74 5,6")
				.contains("Enslige kvinner i alt", "Enslige med barn under 18 år i alt", "Par med barn under 18 år")
				.contains("Kolonnene: Arbeidsinntekt; Kursstønad/lønn i arbeidsmarkedstiltak; Trygd/pensjon;")
				.contains("Gjennomsnittlig stønadstid (måneder) etter familiefase, Bergen")
				.doesNotContain("EM25-44", "EK-19", "EBK");
		}
	}

	@Test
	void osloHasAPageOfKeyFiguresByDistrict() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC))) {
			int first = firstPage(pdf, "Bydelene i Oslo");
			String district = page(pdf, first);
			assertThat(district).contains("Oslo i alt 20 375 19 688 −687 41,9 55,4 5,4 51 824")
				.contains("Gamle Oslo 2 549 2 483 −66 41,4 54,6 5,3 51 150")
				// 2024's Frogner is hidden by the linked control (over-suppression of district totals: see issue 10's note)
				.contains("Frogner : 500 : 40,8 53,6 5,3 51 035")
				.contains("Søndre Nordstrand", "Mottakere etter bydel, 2025")
				.doesNotContain("030101");
			assertThat(page(pdf, first + 1)).contains("Andel langtidsmottakere og andel med sosialhjelp som hovedinntekt etter bydel, 2025");
		}
	}

	@Test
	void englishReportHasNoNorwegianHeadings() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.fourCities(Lang.EN, DisclosureMode.PUBLIC))) {
			String text = text(pdf);
			assertThat(text).contains("Contents", "Key figures for Oslo", "The districts of Oslo", "Recipients by district, 2025",
					"Statistics Norway's standard tables", "Recipients by months with support and family phase",
					"Single men in all", "Single parents in all", "Mean months", "Columns: Earned income;",
					"Comparison across the cities", "Development over time", "Definitions, symbols and sources",
					"Page 3 of " + pdf.getNumberOfPages());
			assertThat(text).doesNotContain("Innhold", "Nøkkeltall", "Bydelene", "Mottakere", "Antall", "Familiefase",
					"Enslige", "I alt", "Uoppgitt", "Kolonnene", "Snitt", "Sammenligning", "Utvikling over tid", "Definisjoner",
					"Side 3", "Kilde", "måneder", "prosent", "kroner", "personer", "Hovedtrekk", "Endring", "Prosent",
					"Skjult", "Gruppens", "Indeksprofil", "Stønad");
		}
	}

	@Test
	void everyPageOfAnInternalReportIsMarkedAtTheTopAndTheBottom() throws IOException {
		String mark = "INTERNT – Intern rapport – ikke for publisering";
		try (PDDocument pdf = write(StatusReportFixtures.bergen(Lang.NB, DisclosureMode.INTERNAL))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				String[] lines = pageText(pdf, page).strip().split("\\R");
				assertThat(lines[0]).as("the first line of page %d", page).isEqualTo(mark);
				assertThat(lines[lines.length - 1]).as("the last line of page %d", page).isEqualTo(mark);
			}
		}
		try (PDDocument pdf = write(StatusReportFixtures.bergen(Lang.NB, DisclosureMode.PUBLIC))) {
			assertThat(text(pdf)).doesNotContain("INTERNT");
		}
	}

	private static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private PDDocument write(ReportData data) throws IOException {
		Path file = this.dir.resolve("statusrapport.pdf");
		new StatusReportWriter().write(data, file);
		return Loader.loadPDF(file.toFile());
	}

	private static String page(PDDocument pdf, int number) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		return stripper.getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
	}

	private static int firstPage(PDDocument pdf, String heading) throws IOException {
		for (int i = 3; i <= pdf.getNumberOfPages(); i++) {
			if (page(pdf, i).startsWith(heading)) {
				return i;
			}
		}
		throw new AssertionError("No page starts with " + heading);
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
	}

	private static void assertEmbeddedFonts(PDDocument pdf) throws IOException {
		int fonts = 0;
		for (PDPage page : pdf.getPages()) {
			fonts += embedded(page.getResources());
		}
		assertThat(fonts).isGreaterThanOrEqualTo(pdf.getNumberOfPages());
	}

	private static int embedded(PDResources resources) throws IOException {
		int count = 0;
		for (COSName name : resources.getFontNames()) {
			assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
			count++;
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
				count += embedded(form.getResources());
			}
		}
		return count;
	}

}
