package no.kostrabatch.report.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookChartsTests {

	@TempDir
	static Path dir;

	static XSSFWorkbook workbook;

	@BeforeAll
	static void write() throws IOException {
		workbook = WorkbookReading.write(WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC),
				dir.resolve("tabeller.xlsx"));
	}

	@Test
	void everyOneDimensionTableHasABarChartPerCityAndTheOtherSheetsTheirs() {
		assertThat(charts("Alder")).hasSize(2);
		assertThat(charts("Bydel")).hasSize(2);
		assertThat(charts("Kjønn")).hasSize(2);
		assertThat(charts("Måneder × familiefase")).hasSize(2);
		assertThat(charts("Nøkkeltall")).hasSize(1);
		assertThat(charts("Tidsserie")).hasSize(6);
		assertThat(charts("Forside")).isEmpty();
		int total = 0;
		for (var sheet : workbook) {
			total += charts(sheet.getSheetName()).size();
		}
		assertThat(total).isEqualTo(17 * 2 + 6 * 2 + 1 + 6);
	}

	@Test
	void everyBarChartNamesEveryCategory() {
		int axes = 0;
		for (var sheet : workbook) {
			for (XSSFChart chart : charts(sheet.getSheetName())) {
				for (var axis : chart.getCTChart().getPlotArea().getCatAxArray()) {
					if (chart.getCTChart().getPlotArea().getBarChartArray().length > 0) {
						assertThat(axis.xmlText()).as(chart.getTitleText().getString()).contains("<c:tickLblSkip val=\"1\"/>");
						axes++;
					}
				}
			}
		}
		assertThat(axes).isEqualTo(17 * 2 + 6 * 2 + 1);
		XSSFChart districts = charts("Bydel").get(0);
		assertThat(districts.getTitleText().getString()).isEqualTo("Mottakere etter bydel – Oslo");
	}

	@Test
	void ageBarsPointAtBothYearsCountsOfOslosCategories() {
		XSSFChart oslo = charts("Alder").get(0);
		assertThat(oslo.getTitleText().getString()).isEqualTo("Mottakere etter alder – Oslo");
		List<CTBarSer> series = bars(oslo);
		assertThat(series).hasSize(2);
		assertThat(series.get(0).getTx().getV()).isEqualTo("2024");
		assertThat(series.get(0).getCat().getStrRef().getF()).isEqualTo("Alder!$A$8:$A$16");
		assertThat(series.get(0).getVal().getNumRef().getF()).isEqualTo("Alder!$B$8:$B$16");
		assertThat(series.get(1).getTx().getV()).isEqualTo("2025");
		assertThat(series.get(1).getVal().getNumRef().getF()).isEqualTo("Alder!$D$8:$D$16");
		XSSFChart bergen = charts("Alder").get(1);
		assertThat(bars(bergen).get(0).getVal().getNumRef().getF()).isEqualTo("Alder!$B$25:$B$33");
		XSSFSheet age = workbook.getSheet("Alder");
		assertThat(age.getRow(6).getCell(0).getStringCellValue()).isEqualTo("I alt");
		assertThat(age.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Under 18 år");
		assertThat(age.getRow(15).getCell(0).getStringCellValue()).isEqualTo("Uoppgitt");
		assertThat(age.getRow(23).getCell(0).getStringCellValue()).isEqualTo("I alt");
		assertThat(age.getRow(24).getCell(0).getStringCellValue()).isEqualTo("Under 18 år");
	}

	@Test
	void gridChartsShowTheTotalRowAcrossTheMonths() {
		List<CTBarSer> series = bars(charts("Måneder × familiefase").get(0));
		assertThat(series.get(0).getCat().getStrRef().getF()).isEqualTo("'Måneder × familiefase'!$C$5:$N$5");
		assertThat(series.get(0).getVal().getNumRef().getF()).isEqualTo("'Måneder × familiefase'!$C$7:$N$7");
	}

	@Test
	void timeSeriesAreLinesOverThePeriodsPerCity() {
		XSSFChart recipients = charts("Tidsserie").get(0);
		assertThat(recipients.getTitleText().getString()).isEqualTo("Mottakere (personer)");
		List<CTLineSer> lines = List.of(plot(recipients).getLineChartArray(0).getSerArray());
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).getTx().getV()).isEqualTo("Oslo");
		assertThat(lines.get(0).getCat().getStrRef().getF()).isEqualTo("Tidsserie!$A$6:$A$7");
		assertThat(lines.get(0).getVal().getNumRef().getF()).isEqualTo("Tidsserie!$B$6:$B$7");
		assertThat(lines.get(1).getVal().getNumRef().getF()).isEqualTo("Tidsserie!$C$6:$C$7");
		XSSFSheet sheet = workbook.getSheet("Tidsserie");
		assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("2024");
		assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("2025");
	}

	@Test
	void keyFigureSharesAreBarsPerCity() {
		List<CTBarSer> series = bars(charts("Nøkkeltall").get(0));
		assertThat(series).extracting((s) -> s.getTx().getV()).containsExactly("Oslo", "Bergen");
		XSSFSheet key = workbook.getSheet("Nøkkeltall");
		int first = WorkbookReading.rowOf(key, 0, "Andel") + 1;
		long shares = no.kostrabatch.statistics.TableCatalog.load()
			.requireTable("key_figures")
			.measures()
			.stream()
			.filter((m) -> m.startsWith("share_"))
			.count();
		String range = "$C$" + (first + 1) + ":$C$" + (first + shares);
		assertThat(series.get(0).getVal().getNumRef().getF()).isEqualTo("Nøkkeltall!" + range);
	}

	private static List<XSSFChart> charts(String sheet) {
		var drawing = workbook.getSheet(sheet).getDrawingPatriarch();
		return (drawing != null) ? drawing.getCharts() : new ArrayList<>();
	}

	private static CTPlotArea plot(XSSFChart chart) {
		return chart.getCTChart().getPlotArea();
	}

	private static List<CTBarSer> bars(XSSFChart chart) {
		return List.of(plot(chart).getBarChartArray(0).getSerArray());
	}

}
