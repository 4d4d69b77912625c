package no.kostrabatch.report.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.statistics.Lang;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookVariantsTests {

	@TempDir
	Path dir;

	@Test
	void englishLabelsEverywhere() throws IOException {
		XSSFWorkbook workbook = WorkbookReading.write(WorkbookFixtures.twoCities(Lang.EN, DisclosureMode.PUBLIC),
				this.dir.resolve("tables.xlsx"));
		assertThat(workbook.getSheetName(0)).isEqualTo("Cover");
		assertThat(workbook.getSheetName(1)).isEqualTo("Contents");
		assertThat(workbook.getSheetName(3)).isEqualTo("Age");
		assertThat(workbook.getSheetIndex("Definitions")).isEqualTo(workbook.getNumberOfSheets() - 1);
		XSSFSheet cover = workbook.getSheet("Cover");
		assertThat(WorkbookReading.labelled(cover, "Disclosure")).isEqualTo("Public – small counts are suppressed (:)");
		XSSFSheet age = workbook.getSheet("Age");
		assertThat(WorkbookReading.texts(age.getRow(4))).containsExactly("Age", "Number", "Percent", "Number", "Percent",
				"Number", "Percent");
		assertThat(age.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Total");
		assertThat(age.getRow(8).getCell(0).getStringCellValue()).isEqualTo("18–24");
		assertThat(age.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Change 2024–2025");
	}

	@Test
	void internalWorkbookShowsEveryNumberAndSaysSo() throws IOException {
		ReportData data = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.INTERNAL);
		XSSFWorkbook workbook = WorkbookReading.write(data, this.dir.resolve("internt.xlsx"));
		assertThat(WorkbookReading.labelled(workbook.getSheet("Forside"), "Personvern"))
			.isEqualTo("Internt – alle tall vises");
		XSSFSheet age = workbook.getSheet("Alder");
		assertThat(age.getRow(14).getCell(0).getStringCellValue()).isEqualTo("67 år og eldre");
		assertThat(age.getRow(14).getCell(3).getNumericCellValue()).isEqualTo(2.0);
		assertThat(symbols(age)).doesNotContain(":");
	}

	@Test
	void oneYearHasNoPreviousColumnsNoChangeAndNoTimeSeries() throws IOException {
		ReportData two = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		RunInfo info = two.info();
		ReportData one = new ReportData(two.catalog(), two.regions(),
				new RunInfo(info.jobName(), "2025", null, info.municipalities(), info.sourceFiles(), info.runTime(),
						info.disclosure(), info.lang()),
				two.cells().stream().filter((c) -> c.period().equals("2025") && !c.measure().startsWith("change")).toList());
		XSSFWorkbook workbook = WorkbookReading.write(one, this.dir.resolve("ett-aar.xlsx"));
		assertThat(workbook.getSheet("Tidsserie")).isNull();
		assertThat(WorkbookReading.texts(workbook.getSheet("Alder").getRow(4))).containsExactly("Alder", "Antall", "Prosent");
		assertThat(WorkbookReading.texts(workbook.getSheet("Nøkkeltall").getRow(4))).containsExactly("Nøkkeltall", "Enhet",
				"2025", "2025");
		assertThat(workbook.getSheet("Forside").getRow(4).getCell(0).getStringCellValue()).isEqualTo("Periode");
		assertThat(workbook.getSheet("Forside").getRow(5).getCell(0).getStringCellValue()).isEqualTo("Kildefiler");
	}

	@Test
	void aCityWithoutDistrictsHasNoDistrictBlockAndNoCityNoDistrictSheet() throws IOException {
		ReportData two = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		ReportData bergenWithout = new ReportData(two.catalog(), two.regions(), two.info(), two.cells()
			.stream()
			.filter((c) -> !(c.tableId().equals("recipients_by_district") && c.region().equals("4601")
					&& !c.cat1().equals("total")))
			.toList());
		XSSFSheet districts = WorkbookReading.write(bergenWithout, this.dir.resolve("bergen-uten.xlsx")).getSheet("Bydel");
		assertThat(WorkbookReading.rows(districts, 0, "Oslo")).isEqualTo(1);
		assertThat(WorkbookReading.rows(districts, 0, "Bergen")).isZero();
		ReportData none = new ReportData(two.catalog(), two.regions(), two.info(), two.cells()
			.stream()
			.filter((c) -> !(c.tableId().equals("recipients_by_district") && !c.cat1().equals("total")))
			.toList());
		assertThat(WorkbookReading.write(none, this.dir.resolve("uten-bydeler.xlsx")).getSheet("Bydel")).isNull();
	}

	@Test
	void textThatASpreadsheetWouldRunIsNeutralised() throws IOException {
		ReportData two = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		RunInfo info = two.info();
		ReportData hostile = new ReportData(two.catalog(), two.regions(),
				new RunInfo(info.jobName(), info.period(), info.previousPeriod(), info.municipalities(),
						List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)"), info.runTime(), info.disclosure(), info.lang()),
				two.cells());
		XSSFWorkbook workbook = WorkbookReading.write(hostile, this.dir.resolve("safe.xlsx"));
		var cell = workbook.getSheet("Forside").getRow(WorkbookReading.rowOf(workbook.getSheet("Forside"), 0, "Kildefiler"))
			.getCell(1);
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\"), @SUM(A1)");
	}

	@Test
	void aYearOfMonthlyFilesIsListedOnTheCoverInRowsExcelCanShow() throws IOException {
		ReportData two = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		RunInfo info = two.info();
		List<String> files = new ArrayList<>();
		for (String city : List.of("0301", "1103", "4601", "5001")) {
			for (int month = 1; month <= 12; month++) {
				files.add(city + "-2025-" + String.format("%02d", month) + ".csv");
			}
		}
		ReportData many = new ReportData(two.catalog(), two.regions(), new RunInfo(info.jobName(), info.period(),
				info.previousPeriod(), info.municipalities(), files, info.runTime(), info.disclosure(), info.lang()),
				two.cells());
		XSSFWorkbook workbook = WorkbookReading.write(many, this.dir.resolve("mange-filer.xlsx"));
		var cover = workbook.getSheet("Forside");
		var row = cover.getRow(WorkbookReading.rowOf(cover, 0, "Kildefiler"));
		assertThat(row.getCell(1).getStringCellValue()).startsWith("0301-2025-01.csv, 0301-2025-02.csv, ")
			.endsWith(", 5001-2025-12.csv");
		assertThat(row.getHeightInPoints()).isEqualTo(14f * 10);
	}

	private static List<String> symbols(XSSFSheet sheet) {
		List<String> symbols = new ArrayList<>();
		for (var row : sheet) {
			for (var cell : row) {
				if (cell.getColumnIndex() > 0 && cell.getCellType() == CellType.STRING
						&& List.of(":", ".", "..").contains(cell.getStringCellValue())) {
					symbols.add(cell.getStringCellValue());
				}
			}
		}
		return symbols;
	}

}
