package no.kostrabatch.report.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.Symbol;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyWorkbookTests {

	static final List<String> MEASURES = MonthlyWorkbookFixtures.CATALOG.requireTable(MonthlyStatus.TABLE).measures();

	static final String OSLO = "Måned for måned – Oslo";

	@TempDir
	static Path dir;

	static ReportData data;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void write() throws IOException {
		data = MonthlyWorkbookFixtures.march2025(Lang.NB, DisclosureMode.INTERNAL);
		workbook = WorkbookReading.write(data, dir.resolve("tabeller.xlsx"));
	}

	@Test
	void everySheetIsSetUpForPrinting() {
		for (var sheet : workbook) {
			WorkbookReading.assertPrintSetUp((XSSFSheet) sheet);
		}
	}

	@Test
	void theMonthlySheetsComeFirstAndTheYearToDateTablesFollow() {
		List<String> names = names(workbook);
		assertThat(names.subList(0, 5)).containsExactly("Forside", "Innhold", OSLO, "Måned for måned – Bergen",
				"Bydeler – Oslo");
		assertThat(names).contains("Nøkkeltall", "Alder", "Bydel", "Tidsserie").endsWith("Definisjoner");
		assertThat(names).noneMatch((n) -> n.startsWith("Månedsstatus") || n.startsWith("Bydeler – Bergen"));
		XSSFSheet cover = workbook.getSheet("Forside");
		assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Økonomisk sosialhjelp – månedsstatus");
		assertThat(WorkbookReading.labelled(cover, "Rapport")).isEqualTo("Intern rapport – ikke for publisering");
		assertThat(WorkbookReading.labelled(cover, "Måneder")).isEqualTo("Måned for måned og hittil i år, januar–mars 2025");
		assertThat(WorkbookReading.labelled(cover, "Sammenlignet med")).isEqualTo("januar–mars 2024");
		assertThat(WorkbookReading.labelled(cover, "Kildefiler")).isEqualTo("0301-2025-03.csv, 4601-2025-03.csv");
	}

	@Test
	void theYearToDateTablesNameTheirMonthsNotThePeriodCode() {
		XSSFSheet keyFigures = workbook.getSheet("Nøkkeltall");
		assertThat(keyFigures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nøkkeltall januar–mars 2025");
		assertThat(WorkbookReading.texts(keyFigures.getRow(4)).subList(0, 5)).containsExactly("Nøkkeltall", "Enhet",
				"januar–mars 2024", "januar–mars 2025", "Endring");
		XSSFSheet age = workbook.getSheet("Alder");
		assertThat(WorkbookReading.texts(age.getRow(3))).containsSubsequence("januar–mars 2024", "januar–mars 2025",
				"Endring 2024–2025");
		for (var sheet : workbook) {
			if (sheet.getSheetName().equals("Forside")) {
				continue; // the run's period and its files' names
			}
			for (var row : sheet) {
				for (var cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + " " + cell.getAddress())
							.doesNotContain("2025-03")
							.doesNotContain("2024-03");
					}
				}
			}
		}
	}

	@Test
	void everyMonthOfBothYearsAndTheChangeEqualTheCells() {
		int compared = 0;
		for (String region : List.of("0301", "4601")) {
			XSSFSheet sheet = workbook.getSheet("Måned for måned – " + data.regions().name(region));
			assertThat(WorkbookReading.texts(sheet.getRow(5)).subList(0, 4)).containsExactly("Måned", "2025", "2024",
					"Endring");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Mottakere i måneden");
			assertThat(sheet.getRow(4).getCell(19).getStringCellValue())
				.isEqualTo("Gjennomsnittlig stønadstid hittil i år (måneder)");
			List<String> months = List.of("Januar", "Februar", "Mars");
			for (int m = 1; m <= 3; m++) {
				Row row = sheet.getRow(5 + m);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(months.get(m - 1));
				for (int i = 0; i < MEASURES.size(); i++) {
					Cell now = cell(region, "2025-0" + m, MEASURES.get(i));
					Cell before = cell(region, "2024-0" + m, MEASURES.get(i));
					assertThat(shown(row, 1 + 3 * i)).as(region + " " + m + " " + now.measure()).isEqualTo(text(now));
					assertThat(shown(row, 2 + 3 * i)).isEqualTo(text(before));
					assertThat(shown(row, 3 + 3 * i)).isEqualTo((now.hasValue() && before.hasValue())
							? plain(now.value().subtract(before.value())) : Symbol.MISSING.text());
					compared += 3;
				}
			}
			assertThat((Object) sheet.getRow(9)).isNull();
		}
		assertThat(compared).isEqualTo(2 * 3 * 7 * 3);
		assertThat(cell("0301", "2025-03", "recipients_ytd").value()).isGreaterThan(cell("0301", "2025-03",
				"recipients_month").value());
	}

	@Test
	void theDistrictSheetHasTheDistrictsTheMonthTheYearToDateAndTheMunicipalityAsTotal() {
		XSSFSheet sheet = workbook.getSheet("Bydeler – Oslo");
		assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Bydeler mars 2025 – Oslo");
		assertThat(WorkbookReading.texts(sheet.getRow(5))).containsExactly("Bydel", "Mottakere", "Nye mottakere",
				"Utbetalt (kr)", "Mottakere", "Utbetalt (kr)", "Langtidsmottakere", "Gj.sn. stønadstid (mnd.)",
				"Mottakere i måneden 2024", "Endring", "Mottakere hittil i år 2024", "Endring");
		List<String> regions = List.of("030101", "030102", "030103", "0301");
		List<String> labels = List.of("Gamle Oslo", "Grünerløkka", "Sagene", "I alt Oslo");
		for (int i = 0; i < regions.size(); i++) {
			Row row = sheet.getRow(6 + i);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(labels.get(i));
			for (int c = 0; c < MEASURES.size(); c++) {
				assertThat(number(row, 1 + c)).isEqualTo(cell(regions.get(i), "2025-03", MEASURES.get(c)).value().doubleValue());
			}
			BigDecimal month = cell(regions.get(i), "2025-03", "recipients_month").value();
			BigDecimal monthBefore = cell(regions.get(i), "2024-03", "recipients_month").value();
			BigDecimal ytd = cell(regions.get(i), "2025-03", "recipients_ytd").value();
			BigDecimal ytdBefore = cell(regions.get(i), "2024-03", "recipients_ytd").value();
			assertThat(List.of(number(row, 8), number(row, 9), number(row, 10), number(row, 11)))
				.containsExactly(monthBefore.doubleValue(), month.subtract(monthBefore).doubleValue(), ytdBefore.doubleValue(),
						ytd.subtract(ytdBefore).doubleValue());
		}
		assertThat((Object) sheet.getRow(10)).isNull();
	}

	@Test
	void everySheetIsMarkedInternalOnScreenAndInPrint() {
		for (XSSFSheet sheet : sheets(workbook)) {
			assertThat(headerTexts(sheet)).as(sheet.getSheetName())
				.anyMatch((t) -> t.contains("INTERNT – Intern rapport – ikke for publisering"));
			assertThat(sheet.getHeader().getLeft()).as(sheet.getSheetName())
				.isEqualTo("INTERNT – Intern rapport – ikke for publisering");
			assertThat(sheet.getHeader().getRight()).isEqualTo("Oslo, Bergen 2025-03");
		}
	}

	@Test
	void theMonthlySheetsPrintLandscapeOnA4WithFrozenHeaders() {
		for (String name : List.of(OSLO, "Bydeler – Oslo")) {
			XSSFSheet sheet = workbook.getSheet(name);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
			assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
			assertThat(sheet.getRow(7).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		}
		assertThat(workbook.getSheet(OSLO).getColumnWidth(7)).isEqualTo(14 * 256);
	}

	@Test
	void chartsShowTheMonthsOfBothYearsAndTheDistricts() {
		List<XSSFChart> charts = workbook.getSheet(OSLO).getDrawingPatriarch().getCharts();
		assertThat(charts).extracting((c) -> c.getTitleText().getString())
			.containsExactly("Mottakere i måneden – Oslo", "Utbetalt i måneden (kroner) – Oslo",
					"Mottakere hittil i år – Oslo");
		String sheet = "'" + OSLO + "'!";
		List<CTLineSer> recipients = List.of(charts.get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray());
		assertThat(recipients).extracting((s) -> s.getTx().getV()).containsExactly("2025", "2024");
		assertThat(recipients.get(0).getCat().getStrRef().getF()).isEqualTo(sheet + "$A$7:$A$9");
		assertThat(recipients.get(0).getVal().getNumRef().getF()).isEqualTo(sheet + "$B$7:$B$9");
		assertThat(recipients.get(1).getVal().getNumRef().getF()).isEqualTo(sheet + "$C$7:$C$9");
		List<CTBarSer> paid = List.of(charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).getSerArray());
		assertThat(paid.get(0).getVal().getNumRef().getF()).isEqualTo(sheet + "$H$7:$H$9");
		assertThat(paid.get(1).getVal().getNumRef().getF()).isEqualTo(sheet + "$I$7:$I$9");
		List<CTLineSer> ytd = List.of(charts.get(2).getCTChart().getPlotArea().getLineChartArray(0).getSerArray());
		assertThat(ytd.get(0).getVal().getNumRef().getF()).isEqualTo(sheet + "$K$7:$K$9");
		List<XSSFChart> districts = workbook.getSheet("Bydeler – Oslo").getDrawingPatriarch().getCharts();
		assertThat(districts).hasSize(1);
		List<CTBarSer> bars = List.of(districts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray());
		assertThat(bars).extracting((s) -> s.getTx().getV()).containsExactly("Mottakere i måneden", "Mottakere hittil i år");
		assertThat(bars.get(0).getCat().getStrRef().getF()).isEqualTo("'Bydeler – Oslo'!$A$7:$A$9");
		assertThat(bars.get(0).getVal().getNumRef().getF()).isEqualTo("'Bydeler – Oslo'!$B$7:$B$9");
		assertThat(bars.get(1).getVal().getNumRef().getF()).isEqualTo("'Bydeler – Oslo'!$E$7:$E$9");
	}

	@Test
	void englishLabelsAndTheEnglishMarking() throws IOException {
		ReportData english = MonthlyWorkbookFixtures.march2025(Lang.EN, DisclosureMode.INTERNAL);
		try (XSSFWorkbook en = WorkbookReading.write(english, dir.resolve("en.xlsx"))) {
			assertThat(names(en).subList(0, 5)).containsExactly("Cover", "Contents", "Month by month – Oslo",
					"Month by month – Bergen", "Districts – Oslo");
			XSSFSheet months = en.getSheet("Month by month – Oslo");
			assertThat(months.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Month by month 2025 – Oslo");
			assertThat(months.getRow(6).getCell(0).getStringCellValue()).isEqualTo("January");
			assertThat(months.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Change");
			assertThat(en.getSheet("Districts – Oslo").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Districts March 2025 – Oslo");
			for (XSSFSheet sheet : sheets(en)) {
				assertThat(headerTexts(sheet)).as(sheet.getSheetName())
					.anyMatch((t) -> t.contains("INTERNAL – Internal report – not for publication"));
				assertThat(sheet.getHeader().getLeft()).isEqualTo("INTERNAL – Internal report – not for publication");
			}
		}
	}

	@Test
	void withoutLastYearEachMeasureHasOneColumnAndEachChartOneSeries() throws IOException {
		ReportData alone = MonthlyWorkbookFixtures.march2025WithoutLastYear(Lang.NB);
		try (XSSFWorkbook book = WorkbookReading.write(alone, dir.resolve("alone.xlsx"))) {
			XSSFSheet sheet = book.getSheet(OSLO);
			assertThat(WorkbookReading.texts(sheet.getRow(5))).containsExactly("Måned", "2025", "2025", "2025", "2025",
					"2025", "2025", "2025");
			for (int i = 0; i < MEASURES.size(); i++) {
				assertThat(shown(sheet.getRow(8), 1 + i)).isEqualTo(text(alone.cell(MonthlyStatus.TABLE, "0301", "2025-03",
						null, null, MEASURES.get(i)).orElseThrow()));
			}
			assertThat(sheet.getDrawingPatriarch().getCharts()).allSatisfy((chart) -> assertThat(
					chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1));
			assertThat(WorkbookReading.labelled(book.getSheet("Forside"), "Sammenlignet med"))
				.isEqualTo("ingen tall for i fjor i lageret");
			assertThat(WorkbookReading.texts(book.getSheet("Bydeler – Oslo").getRow(5))).hasSize(8);
		}
	}

	@Test
	void anAnnualWorkbookIsNotMarkedInternal() throws IOException {
		ReportData annual = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.INTERNAL);
		try (XSSFWorkbook book = WorkbookReading.write(annual, dir.resolve("annual.xlsx"))) {
			for (XSSFSheet sheet : sheets(book)) {
				assertThat(headerTexts(sheet)).noneMatch((t) -> t.contains("INTERNT"));
				assertThat(sheet.getHeader().getLeft()).isEmpty();
			}
			assertThat(names(book)).noneMatch((n) -> n.startsWith("Måned for måned"));
		}
	}

	private static Cell cell(String region, String period, String measure) {
		return data.cell(MonthlyStatus.TABLE, region, period, null, null, measure).orElseThrow();
	}

	/** What a sheet cell shows: its number as plain text, or its symbol. */
	private static String shown(Row row, int column) {
		var cell = row.getCell(column);
		if (cell.getCellType() == CellType.NUMERIC) {
			return plain(BigDecimal.valueOf(cell.getNumericCellValue()));
		}
		return cell.getStringCellValue();
	}

	private static String text(Cell cell) {
		return cell.hasValue() ? plain(cell.value()) : cell.symbol().text();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static double number(Row row, int column) {
		var cell = row.getCell(column);
		assertThat(cell.getCellType()).as("row %d column %d", row.getRowNum(), column).isEqualTo(CellType.NUMERIC);
		return cell.getNumericCellValue();
	}

	private static List<String> headerTexts(XSSFSheet sheet) {
		List<String> texts = new ArrayList<>();
		for (int r = 0; r < 3; r++) {
			Optional.ofNullable(sheet.getRow(r)).ifPresent((row) -> row.forEach((c) -> {
				if (c.getCellType() == CellType.STRING) {
					texts.add(c.getStringCellValue());
				}
			}));
		}
		return texts;
	}

	private static List<XSSFSheet> sheets(XSSFWorkbook book) {
		List<XSSFSheet> sheets = new ArrayList<>();
		for (int i = 0; i < book.getNumberOfSheets(); i++) {
			sheets.add(book.getSheetAt(i));
		}
		return sheets;
	}

	private static List<String> names(XSSFWorkbook book) {
		List<String> names = new ArrayList<>();
		book.forEach((s) -> names.add(s.getSheetName()));
		return names;
	}

}
