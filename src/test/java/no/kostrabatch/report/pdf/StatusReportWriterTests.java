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

	private static final int OSLO_PAGES = 26;

	private static final int OSLO_STANDARD_TABLES = 19;

	private static final int COMPARISON_PAGES = 7;

	private static final int BERGEN_ALONE_PAGES = 22;

	private static final String INDEX_LOWEST = StatusReportFixtures.BERGEN;

	private static final String INDEX_HIGHEST = StatusReportFixtures.TRONDHEIM;

	private static final String INDEX_LOW = "66.4";

	private static final String INDEX_HIGH = "128.3";

	/** Bergen's main changes: the recipients, then the three largest of the changes over 5 % (of 12 key figures). */
	private static final List<String> BERGEN_BULLETS = List.of(
			"Antall sosialhjelpsmottakere i Bergen gikk ned med 449 personer (6,3 %) fra 2024 til 2025.",
			"Antall langtidsmottakere i Bergen gikk ned med 229 personer (7,6 %) fra 2024 til 2025.",
			"Antall med sosialhjelp som hovedinntekt i Bergen gikk ned med 155 personer (7,3 %) fra 2024 til 2025.",
			"Antall mottakere 18–24 år i Bergen gikk ned med 69 personer (6,3 %) fra 2024 til 2025.",
			"De andre endringene i tabellen over er under 5 % (andeler: under 2 prosentpoeng).");

	@TempDir
	Path dir;

	@Test
	void aRunOfFourCitiesWritesAReportPerCityAndTheComparison() throws IOException {
		List<String> written = new StatusReports().writeInto(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC),
				this.dir);
		assertThat(written).containsExactly("statusrapport-0301.pdf", "statusrapport-4601.pdf", "statusrapport-5001.pdf",
				"statusrapport-1103.pdf", "sammenligning.pdf");
		try (var files = java.nio.file.Files.list(this.dir)) {
			assertThat(files.map((f) -> f.getFileName().toString()).sorted()).containsExactly("sammenligning.pdf",
					"statusrapport-0301.pdf", "statusrapport-1103.pdf", "statusrapport-4601.pdf", "statusrapport-5001.pdf");
		}
	}

	@Test
	void aRunOfOneCityHasNoComparison() throws IOException {
		assertThat(new StatusReports().writeInto(StatusReportFixtures.bergen(Lang.NB, DisclosureMode.PUBLIC), this.dir))
			.containsExactly("statusrapport-4601.pdf");
		assertThat(this.dir.resolve("sammenligning.pdf")).doesNotExist();
	}

	@Test
	void osloReportHasItsSectionsOnTheirPages() throws IOException {
		try (PDDocument pdf = city(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC), StatusReportFixtures.OSLO)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(OSLO_PAGES);
			assertThat(page(pdf, 1)).contains("Statusrapport for økonomisk sosialhjelp 2025 – Oslo")
				.contains("Sammenlignet med Bergen, Trondheim, Stavanger")
				.contains("Periode: 2025, sammenlignet med 2024", "Dato: 1. mars 2026", "Offentlig utgave: små tall er skjult (:)");
			assertThat(page(pdf, 2)).startsWith("Innhold");
			assertThat(firstPage(pdf, "Nøkkeltall for Oslo")).isEqualTo(3);
			assertThat(firstPage(pdf, "Bydelene i Oslo")).isEqualTo(4);
			assertThat(firstPage(pdf, "Mottakerne etter kjennetegn")).isEqualTo(6);
			assertThat(firstPage(pdf, "SSBs standardtabeller")).isEqualTo(OSLO_STANDARD_TABLES);
			assertThat(firstPage(pdf, "Oslo sammenlignet med de andre byene")).isEqualTo(OSLO_PAGES - 1);
			assertThat(firstPage(pdf, "Definisjoner, symboler og kilder")).isEqualTo(OSLO_PAGES);
			assertThat(page(pdf, OSLO_PAGES - 1)).contains("Indeksprofil for Oslo 2025");
			assertThat(page(pdf, 3)).contains("Mottakere (personer) 20 375 19 688 −687 −3,4")
				.contains("Antall sosialhjelpsmottakere i Oslo gikk ned med 687 personer (3,4 %) fra 2024 til 2025.");
			assertThat(text(pdf)).contains("Gamle Oslo", "Søndre Nordstrand", "Side 3 av " + OSLO_PAGES)
				.doesNotContain("Nøkkeltall for Bergen", "Utvikling over tid", "_");
			assertEmbeddedFonts(pdf);
		}
	}

	@Test
	void eachCitysReportIsAboutThatCityTheOthersOnlyInTheComparison() throws IOException {
		ReportData data = StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC);
		try (PDDocument pdf = city(data, StatusReportFixtures.BERGEN)) {
			int comparison = firstPage(pdf, "Bergen sammenlignet med de andre byene");
			assertThat(page(pdf, 1)).contains("Sammenlignet med Oslo, Trondheim, Stavanger");
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				String text = page(pdf, page);
				assertThat(text).as("page %d", page).doesNotContain("Gamle Oslo", "Søndre Nordstrand", "Bydelene");
				if (page > 1 && (page < comparison || page > comparison + 1)) {
					assertThat(text).as("page %d", page).doesNotContain("Oslo", "Trondheim", "Stavanger");
				}
			}
			assertThat(page(pdf, comparison)).contains("Oslo", "Trondheim", "Stavanger");
		}
		try (PDDocument pdf = city(data, StatusReportFixtures.OSLO)) {
			int comparison = firstPage(pdf, "Oslo sammenlignet med de andre byene");
			for (int page = 2; page < comparison; page++) {
				assertThat(page(pdf, page)).as("page %d", page).doesNotContain("Bergen", "Trondheim", "Stavanger");
			}
		}
	}

	@Test
	void hovedtrekkAreFewerThanTheKeyFiguresAndNameTheLargestChange() throws IOException {
		try (PDDocument pdf = city(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC), StatusReportFixtures.BERGEN)) {
			String keyFigures = pageText(pdf, 3).replace('\u00A0', ' ');
			String[] bullets = keyFigures.substring(keyFigures.indexOf("Hovedtrekk"), keyFigures.lastIndexOf("Statusrapport for"))
				.split("•");
			String table = keyFigures.substring(0, keyFigures.indexOf("Endring i andeler"));
			long rows = java.util.regex.Pattern.compile("\\((personer|prosent|måneder|kroner)\\)").matcher(table).results().count();
			assertThat(rows).isEqualTo(12);
			assertThat(bullets.length - 1).isLessThan((int) rows).isEqualTo(BERGEN_BULLETS.size());
			for (int i = 0; i < BERGEN_BULLETS.size(); i++) {
				assertThat(bullets[i + 1].replaceAll("\\s+", " ").strip()).isEqualTo(BERGEN_BULLETS.get(i));
			}
		}
	}

	@Test
	void theIndexProfileDrawsTheCityOnTheGroupsRange() throws IOException {
		ReportData data = StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC);
		try (PdfCanvas canvas = new PdfCanvas()) {
			Report report = new Report(canvas, data, new ReportText(data), new Contents(), List.of(StatusReportFixtures.BERGEN));
			IndexProfile profile = IndexProfile.of(report, "share_main_income_sa", data.info().municipalities());
			IndexProfileChart.Datasets sets = new IndexProfileChart(report).datasets(List.of(profile));
			String label = "Andel med sosialhjelp som hovedinntekt";
			assertThat(sets.cities().getRowKeys()).containsExactly("Bergen");
			assertThat(sets.cities().getValue("Bergen", label)).isEqualTo(profile.index(StatusReportFixtures.BERGEN));
			assertThat(sets.range().getValue("Gruppens laveste", label)).isEqualTo(profile.index(profile.lowest()));
			assertThat(sets.range().getValue("Gruppens høyeste", label)).isEqualTo(profile.index(profile.highest()));
			assertThat(List.of(profile.lowest(), profile.highest())).containsExactly(INDEX_LOWEST, INDEX_HIGHEST);
			assertThat(profile.index(profile.lowest())).isEqualByComparingTo(INDEX_LOW);
			assertThat(profile.index(profile.highest())).isEqualByComparingTo(INDEX_HIGH);
		}
		try (PDDocument pdf = city(data, StatusReportFixtures.BERGEN)) {
			String profile = page(pdf, firstPage(pdf, "Bergen sammenlignet med de andre byene"));
			assertThat(profile).contains("Indeksprofil for Bergen 2025", "Gruppens spenn (lavest–høyest)", "Indeks (snitt = 100)")
				.doesNotContain("Gruppens laveste");
		}
	}

	@Test
	void theComparisonHasEveryCityAndNoCitysOwnTables() throws IOException {
		try (PDDocument pdf = comparison(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(COMPARISON_PAGES);
			assertThat(page(pdf, 1)).contains("Sammenligning av byene: økonomisk sosialhjelp 2025")
				.contains("Oslo, Bergen, Trondheim, Stavanger");
			assertThat(firstPage(pdf, "Sammenligning mellom byene")).isEqualTo(3);
			assertThat(page(pdf, 3)).contains("Endring fra 2024 til 2025")
				.contains("Mottakere (%) −3,4 −6,3 0,0 0,0");
			assertThat(text(pdf)).contains("Indeksprofil 2025", "Gruppens spenn (lavest–høyest)", "Indikatorene by for by",
					"Utvikling over tid", "Definisjoner, symboler og kilder")
				.doesNotContain("Mottakerne etter kjennetegn", "SSBs standardtabeller", "Bydelene i Oslo", "Hovedtrekk");
		}
	}

	@Test
	void oneCityInEnglishHasNoComparison() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.bergen(Lang.EN, DisclosureMode.INTERNAL))) {
			String text = text(pdf);
			assertThat(pdf.getNumberOfPages()).isEqualTo(BERGEN_ALONE_PAGES);
			assertThat(text).contains("Status report on financial social assistance 2025")
				.contains("Internal edition: every number is shown")
				.contains("Recipients (persons) 7,100 6,651 -449 -6.3")
				.contains("The number of recipients in Bergen fell by 449 persons (6.3%) from 2024 to 2025.")
				.contains("Recipients by age", "18–24")
				.doesNotContain("Development over time")
				.doesNotContain("compared with the other cities")
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
	void aMonthsReportNamesItsMonthsInTextTitlesAndLegends() throws IOException {
		ReportData march = no.kostrabatch.report.excel.MonthlyWorkbookFixtures.march2025(Lang.NB, DisclosureMode.INTERNAL);
		try (PDDocument pdf = write(march)) {
			String text = text(pdf);
			assertThat(text).contains("Tabellen viser hovedtallene for Oslo i januar–mars 2025 og endringen fra året før.")
				.contains("Nøkkeltallene for bydelene i Oslo i januar–mars 2025.")
				.contains("Mottakere etter bydel, januar–mars 2025")
				.contains("fra januar–mars 2024 til januar–mars 2025")
				.doesNotContain("i 2025-03")
				.doesNotContain("til 2025-03")
				.doesNotContain("etter bydel, 2025-03");
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
		}
		try (PDDocument pdf = city(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC), StatusReportFixtures.BERGEN)) {
			String text = text(pdf);
			assertThat(text).contains("Mottakere etter antall måneder med stønad og familiefase Antall måneder med stønad Familiefase 1 2 3 4 5 6 7 8 9 10 11 12 I alt Snitt mnd.")
				.contains("Enslige menn 25–44 år 274 174 134 111 91 74 72 65 47 68 94 162 1 366 5,5")
				// the months are linked to recipients_by_months, so more is hidden than table by table
				.contains("Enslige menn 67 år og eldre 17 : 8 : : : 5 0 4 : 7 9 74 5,6")
				.contains("Enslige kvinner i alt", "Enslige med barn under 18 år i alt", "Par med barn under 18 år")
				.contains("Kolonnene: Arbeidsinntekt; Kursstønad/lønn i arbeidsmarkedstiltak; Trygd/pensjon;")
				.contains("Gjennomsnittlig stønadstid (måneder) etter familiefase")
				.doesNotContain("EM25-44", "EK-19", "EBK", "etter familiefase, Bergen", "Bergen, 2025");
		}
	}

	@Test
	void osloHasAPageOfKeyFiguresByDistrict() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.fourCities(Lang.NB, DisclosureMode.PUBLIC))) {
			int first = firstPage(pdf, "Bydelene i Oslo");
			String district = page(pdf, first);
			assertThat(district).contains("Oslo i alt 20 375 19 688 −687 41,9 55,4 5,4 51 824")
				.contains("Gamle Oslo 2 549 2 483 −66 41,4 54,6 5,3 51 150")
				// every district's total is published in both years (before Release, 2024's Frogner was hidden)
				.contains("Frogner 513 500 −13 40,8 53,6 5,3 51 035")
				.contains("Søndre Nordstrand", "Mottakere etter bydel, 2025")
				.doesNotContain("030101");
			assertThat(page(pdf, first + 1)).contains("Andel langtidsmottakere og andel med sosialhjelp som hovedinntekt etter bydel, 2025");
		}
	}

	@Test
	void englishReportHasNoNorwegianHeadings() throws IOException {
		try (PDDocument pdf = write(StatusReportFixtures.fourCities(Lang.EN, DisclosureMode.PUBLIC))) {
			String text = text(pdf);
			assertThat(text).contains("Contents", "Key figures for Oslo", "The districts of Oslo", "Oslo total", "Recipients by district, 2025",
					"Statistics Norway's standard tables", "Recipients by months with support and family phase",
					"Single men in all", "Single parents in all", "Mean months", "Columns: Earned income;",
					"Oslo compared with the other cities", "Index profile of Oslo 2025", "The group's range (lowest–highest)",
					"Main changes", "Definitions, symbols and sources", "Page 3 of " + pdf.getNumberOfPages());
			assertThat(text).doesNotContain("Innhold", "Nøkkeltall", "Bydelene", "Mottakere", "Antall", "Familiefase",
					"Enslige", "I alt", "Uoppgitt", "Kolonnene", "Snitt", "Sammenligning", "Utvikling over tid", "Definisjoner",
					"Side 3", "Kilde", "måneder", "prosent", "kroner", "personer", "Hovedtrekk", "Endring", "Prosent",
					"Skjult", "Gruppens", "Indeksprofil", "Stønad", "Oslo in all");
		}
		try (PDDocument pdf = comparison(StatusReportFixtures.fourCities(Lang.EN, DisclosureMode.PUBLIC))) {
			assertThat(text(pdf)).contains("The cities compared: financial social assistance 2025", "Comparison across the cities",
					"Change from 2024 to 2025", "Index profile 2025", "The indicators city by city", "Development over time")
				.doesNotContain("Innhold", "Nøkkeltall", "Sammenligning", "Endring", "Gruppens", "Indeksprofil", "Snitt");
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

	/** The report of the run's first city. */
	private PDDocument write(ReportData data) throws IOException {
		return city(data, data.info().municipalities().get(0));
	}

	private PDDocument city(ReportData data, String city) throws IOException {
		Path file = this.dir.resolve(StatusReports.cityFile(city));
		new StatusReportWriter().write(data, city, file);
		return Loader.loadPDF(file.toFile());
	}

	private PDDocument comparison(ReportData data) throws IOException {
		Path file = this.dir.resolve(StatusReports.COMPARISON);
		new ComparisonReportWriter().write(data, file);
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
