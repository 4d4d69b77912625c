package no.kostrabatch.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
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
		data = WorkbookFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		workbook = WorkbookReading.write(data, dir.resolve("tabeller.xlsx"));
	}

	@Test
	void sheetsFollowTheCatalogueWithShortUniqueNames() {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("Forside", "Innhold", "Nøkkeltall", "Alder", "Alder (SSB)", "Kjønn",
				"Sivilstand", "Statsborgerskap", "Landgruppe", "Forsørgerstatus", "Hovedinntekt", "Trygd",
				"Trygd som hovedinntekt", "Arbeidssituasjon", "Bolig", "Stønadsmåneder", "Stønadstid", "Langtidsmottakere",
				"Bydel", "Utbetalt stønad", "Måneder × familiefase", "Hovedinntekt × familiefase", "Arbeid × familiefase",
				"Trygd × familiefase", "Kr per måned × familiefase", "Hovedinntekt × alder", "Tidsserie", "Definisjoner");
	}

	@Test
	void coverSaysWhatWhenFromWhereAndHowToReadTheSymbols() {
		XSSFSheet cover = workbook.getSheet("Forside");
		assertThat(WorkbookReading.labelled(cover, "Kommuner")).isEqualTo("Oslo, Bergen");
		assertThat(WorkbookReading.labelled(cover, "Periode")).isEqualTo("2025");
		assertThat(WorkbookReading.labelled(cover, "Sammenlignet med")).isEqualTo("2024");
		assertThat(WorkbookReading.labelled(cover, "Kildefiler")).isEqualTo("0301-2025.csv, 4601-2025.11f");
		assertThat(WorkbookReading.labelled(cover, "Kjørt")).isEqualTo("2026-03-01 07:00");
		assertThat(WorkbookReading.labelled(cover, "Personvern")).isEqualTo("Offentlig – små tall er skjult (:)");
		int symbols = WorkbookReading.rowOf(cover, 0, "Symboler");
		assertThat(cover.getRow(symbols).getCell(1).getStringCellValue()).startsWith(":   skjult av personvernhensyn");
		assertThat(cover.getRow(symbols + 1).getCell(1).getStringCellValue()).isEqualTo(".   kan ikke forekomme");
		assertThat(cover.getRow(symbols + 2).getCell(1).getStringCellValue()).isEqualTo("..   tall mangler");
	}

	@Test
	void contentsLinkToEverySheetButCoverAndContents() {
		XSSFSheet contents = workbook.getSheet("Innhold");
		assertThat(contents.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nøkkeltall");
		assertThat(contents.getRow(3).getCell(0).getHyperlink().getAddress()).isEqualTo("'Nøkkeltall'!A1");
		assertThat(contents.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Mottakere etter alder");
		assertThat(contents.getRow(4).getCell(0).getHyperlink().getAddress()).isEqualTo("'Alder'!A1");
		assertThat(contents.getLastRowNum() - 2).isEqualTo(workbook.getNumberOfSheets() - 2);
		for (int r = 3; r <= contents.getLastRowNum(); r++) {
			String sheet = contents.getRow(r).getCell(1).getStringCellValue();
			assertThat(workbook.getSheet(sheet)).as(sheet).isNotNull();
			assertThat(contents.getRow(r).getCell(0).getHyperlink().getAddress()).isEqualTo("'" + sheet + "'!A1");
		}
	}

	@Test
	void ageIsLaidOutAsAStatusReportTable() {
		XSSFSheet age = workbook.getSheet("Alder");
		assertThat(age.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mottakere etter alder");
		assertThat(WorkbookReading.texts(age.getRow(3))).containsExactly("", "2024", "", "2025", "", "Endring 2024–2025", "");
		assertThat(WorkbookReading.texts(age.getRow(4))).containsExactly("Alder", "Antall", "Prosent", "Antall", "Prosent",
				"Antall", "Prosent");
		assertThat(age.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Oslo");
		Row total = age.getRow(6);
		assertThat(total.getCell(0).getStringCellValue()).isEqualTo("I alt");
		assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(value("recipients_by_age", "0301", "2025", "total", "recipients"));
		Row youth = age.getRow(8);
		assertThat(youth.getCell(0).getStringCellValue()).isEqualTo("18–24 år");
		assertThat(youth.getCell(1).getNumericCellValue()).isEqualTo(1465.0);
		assertThat(youth.getCell(3).getNumericCellValue()).isEqualTo(1432.0);
		assertThat(youth.getCell(5).getNumericCellValue()).isEqualTo(-33.0);
		assertThat(youth.getCell(6).getNumericCellValue()).isEqualTo(-2.3);
		assertThat(youth.getCell(4).getNumericCellValue()).isEqualTo(value("recipients_by_age", "0301", "2025", "18-24", "percent"));
		assertThat(youth.getCell(2).getNumericCellValue()).isEqualTo(value("recipients_by_age", "0301", "2024", "18-24", "percent"));
		assertThat(youth.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		assertThat(youth.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
		assertThat(youth.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("+#,##0;-#,##0;0");
		assertThat(youth.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("+#,##0.0;-#,##0.0;0.0");
		Row old = age.getRow(14);
		assertThat(old.getCell(0).getStringCellValue()).isEqualTo("67 år og eldre");
		assertThat(old.getCell(3).getCellType()).isEqualTo(CellType.STRING);
		assertThat(old.getCell(3).getStringCellValue()).isEqualTo(":");
		assertThat(old.getCell(3).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
		Row unknown = age.getRow(15);
		assertThat(unknown.getCell(0).getStringCellValue()).isEqualTo("Uoppgitt");
		assertThat(unknown.getCell(4).getStringCellValue()).isEqualTo(".");
		assertThat(workbook.getFontAt(total.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
		assertThat(workbook.getFontAt(youth.getCell(1).getCellStyle().getFontIndex()).getBold()).isFalse();
		assertThat(age.getRow(22).getCell(0).getStringCellValue()).isEqualTo("Bergen");
	}

	@Test
	void everyCountAndChangeOfEveryOneDimensionTableEqualsTheData() {
		int compared = 0;
		for (var table : data.catalog().tables()) {
			if (table.dim1() == null || table.dim2() != null || !table.counted()) {
				continue;
			}
			XSSFSheet sheet = null;
			for (var candidate : workbook) {
				var first = candidate.getRow(0);
				if (first != null && first.getCell(0) != null
						&& table.title().nb().equals(first.getCell(0).getStringCellValue())) {
					sheet = (XSSFSheet) candidate;
				}
			}
			assertThat(sheet).as("sheet of " + table.id()).isNotNull();
			compared += WorkbookReading.compareBlocks(sheet, data, table);
		}
		assertThat(compared).isEqualTo(WorkbookReading.expectedComparisons(data));
	}

	@Test
	void keyFiguresHaveThisYearLastYearAndTheChangePerCity() {
		XSSFSheet key = workbook.getSheet("Nøkkeltall");
		assertThat(WorkbookReading.texts(key.getRow(3))).startsWith("", "", "Oslo", "", "", "Bergen");
		assertThat(WorkbookReading.texts(key.getRow(4))).containsExactly("Nøkkeltall", "Enhet", "2024", "2025", "Endring",
				"2024", "2025", "Endring");
		Row recipients = key.getRow(5);
		assertThat(recipients.getCell(0).getStringCellValue()).isEqualTo("Mottakere");
		assertThat(recipients.getCell(1).getStringCellValue()).isEqualTo("personer");
		double now = keyFigure("4601", "2025", "recipients");
		double before = keyFigure("4601", "2024", "recipients");
		assertThat(recipients.getCell(5).getNumericCellValue()).isEqualTo(before);
		assertThat(recipients.getCell(6).getNumericCellValue()).isEqualTo(now);
		assertThat(recipients.getCell(7).getNumericCellValue()).isEqualTo(now - before);
		int share = WorkbookReading.rowOf(key, 0, "Andel langtidsmottakere");
		assertThat(key.getRow(share).getCell(3).getNumericCellValue()).isEqualTo(keyFigure("0301", "2025", "share_long_term"));
		assertThat(key.getRow(share).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
		assertThat(key.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 5);
	}

	@Test
	void twoDimensionTablesAreGridsWithTheMeanAsTheLastColumn() {
		XSSFSheet grid = workbook.getSheet("Måneder × familiefase");
		Row header = grid.getRow(4);
		assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Familiefase / Antall måneder med stønad");
		assertThat(header.getCell(1).getStringCellValue()).isEqualTo("I alt");
		assertThat(header.getCell(2).getStringCellValue()).isEqualTo("1 måned");
		assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Gjennomsnittlig stønadstid");
		assertThat(grid.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Oslo");
		Row total = grid.getRow(6);
		assertThat(total.getCell(0).getStringCellValue()).isEqualTo("I alt");
		assertThat(total.getCell(1).getNumericCellValue())
			.isEqualTo(cell("months_by_family_phase", "0301", "2025", "total", "total", "recipients").value().doubleValue());
		assertThat(total.getCell(13).getNumericCellValue())
			.isEqualTo(cell("months_by_family_phase", "0301", "2025", "total", "12", "recipients").value().doubleValue());
		assertThat(total.getCell(14).getNumericCellValue())
			.isEqualTo(cell("months_by_family_phase", "0301", "2025", "total", "total", "mean_months").value().doubleValue());
		assertThat(grid.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Enslige menn i alt");
	}

	@Test
	void everySheetIsSetUpForPrinting() {
		for (var sheet : workbook) {
			WorkbookReading.assertPrintSetUp((XSSFSheet) sheet);
		}
	}

	@Test
	void frozenHeadersAndLandscapeA4FittedToWidth() {
		for (String name : List.of("Alder", "Bydel", "Nøkkeltall", "Måneder × familiefase")) {
			XSSFSheet sheet = workbook.getSheet(name);
			assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
			assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(workbook.getPrintArea(workbook.getSheetIndex(sheet))).matches("'?" + name + "'?!\\$A\\$1:.*");
		}
		XSSFSheet age = workbook.getSheet("Alder");
		assertThat(age.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 5);
		assertThat(age.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
		assertThat(workbook.getPrintArea(workbook.getSheetIndex(age))).isEqualTo("Alder!$A$1:$P$40");
	}

	private static double keyFigure(String region, String period, String measure) {
		return data.keyFigure(region, period, measure).orElseThrow().doubleValue();
	}

	private static double value(String table, String region, String period, String cat1, String measure) {
		return cell(table, region, period, cat1, null, measure).value().doubleValue();
	}

	private static Cell cell(String table, String region, String period, String cat1, String cat2, String measure) {
		Optional<Cell> cell = data.cell(table, region, period, cat1, cat2, measure);
		return cell.orElseThrow();
	}

	static String text(XSSFCell cell) {
		return cell.getStringCellValue();
	}

}
