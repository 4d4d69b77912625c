package no.kostrabatch.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportFixtures;
import no.kostrabatch.statistics.Lang;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookWriterTests {

	@TempDir
	static Path dir;

	static ReportData data;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void write() throws IOException {
		data = ReportFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		Path file = dir.resolve("tabeller.xlsx");
		new WorkbookWriter().write(data, file);
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
	}

	@Test
	void coverContentsKeyFiguresTablesTimeSeriesAndDefinitions() {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		assertThat(names).startsWith("Forside", "Innhold", "Nøkkeltall", "Mottakere etter alder")
			.contains("Mottakere etter bydel", "Tidsserie")
			.endsWith("Definisjoner");
		XSSFSheet cover = workbook.getSheet("Forside");
		assertThat(cover.getRow(7).getCell(1).getStringCellValue())
			.isEqualTo("Offentlig: små tall er skjult (:) så ingen kan identifiseres.");
		assertThat(workbook.getSheet("Innhold").getRow(2).getCell(0).getHyperlink().getAddress())
			.isEqualTo("'Nøkkeltall'!A1");
	}

	@Test
	void numbersAreNumericCellsEqualToTheStatisticsWithTheirFormats() {
		XSSFSheet age = workbook.getSheet("Mottakere etter alder");
		assertThat(age.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Oslo");
		assertThat(age.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Antall 2025");
		var total = age.getRow(5);
		assertThat(total.getCell(0).getStringCellValue()).isEqualTo("I alt");
		assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(1150.0);
		assertThat(total.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(100.0);
		assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
		assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1200.0);
		assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(-50.0);
		var row1824 = age.getRow(7);
		assertThat(row1824.getCell(0).getStringCellValue()).isEqualTo("18–24 år");
		assertThat(row1824.getCell(1).getNumericCellValue())
			.isEqualTo(data.cell("recipients_by_age", "0301", "2025", "18-24", null, "recipients").get().value().doubleValue());
	}

	@Test
	void suppressedCellsShowTheSymbolAsText() {
		XSSFSheet districts = workbook.getSheet("Mottakere etter bydel");
		boolean anySymbol = false;
		for (var row : districts) {
			for (var cell : row) {
				if (cell.getCellType() == CellType.STRING && ":".equals(cell.getStringCellValue())) {
					anySymbol = true;
				}
			}
		}
		long suppressed = data.cells().stream()
			.filter((c) -> c.tableId().equals("recipients_by_district") && c.symbol() != null
					&& c.symbol().text().equals(":") && c.region().equals("0301"))
			.count();
		assertThat(anySymbol).isEqualTo(suppressed > 0);
	}

	@Test
	void nativeChartsPointAtTheSheetsOwnCells() {
		int charts = 0;
		for (var sheet : workbook) {
			XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
			if (drawing != null) {
				charts += drawing.getCharts().size();
			}
		}
		assertThat(charts).isGreaterThanOrEqualTo(8);
		XSSFChart age = workbook.getSheet("Mottakere etter alder").getDrawingPatriarch().getCharts().get(0);
		String xml = age.getCTChart().toString();
		assertThat(xml).contains("'Mottakere etter alder'!$A$7:$A$15")
			.contains("'Mottakere etter alder'!$B$7:$B$15")
			.contains("'Mottakere etter alder'!$D$7:$D$15");
	}

	@Test
	void frozenHeaderAndLandscapePrinting() {
		XSSFSheet age = workbook.getSheet("Mottakere etter alder");
		assertThat(age.getPaneInformation().isFreezePane()).isTrue();
		assertThat(age.getPrintSetup().getLandscape()).isTrue();
		assertThat(workbook.getPrintArea(workbook.getSheetIndex(age))).startsWith("'Mottakere etter alder'!$A$1:$G$");
	}

}
