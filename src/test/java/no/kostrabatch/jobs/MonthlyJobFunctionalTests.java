package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly job end to end for March 2025 with last year in the store: every month January–March
 * of both years in {@code statistics.csv}, new recipients looking into last year's autumn, a person
 * who moves district, a row after March that is not counted, and the workbook's month-by-month
 * sheet equal to the file.
 */
@SpringBootTest
class MonthlyJobFunctionalTests {

	@TempDir
	static Path dir;

	static final String FNR_A = AnnualJobFunctionalTests.fnr("170590", "123");

	static final String FNR_B = AnnualJobFunctionalTests.fnr("010807", "512");

	static final String FNR_C = AnnualJobFunctionalTests.fnr("020808", "534");

	static final String FNR_D = AnnualJobFunctionalTests.fnr("030885", "245");

	static final String FNR_E = AnnualJobFunctionalTests.fnr("040859", "345");

	static final List<String> MEASURES = List.of("recipients_month", "new_recipients_month", "nok_month",
			"recipients_ytd", "nok_ytd", "long_term_ytd", "mean_months_ytd");

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	@Autowired
	PeriodJobRunner runner;

	@Test
	void everyMonthSoFarOfThisYearAndLastYearAndTheWorkbookShowsThem() throws IOException {
		Path lastYear = extract("0301-2024.csv", row("2024-11", "03", FNR_A, 1000), row("2024-10", "03", FNR_B, 1000),
				row("2024-12", "01", FNR_D, 1000), row("2024-02", "01", FNR_E, 2000));
		Path thisYear = extract("0301-2025.csv", row("2025-02", "03", FNR_A, 2000), row("2025-02", "03", FNR_B, 3000),
				row("2025-01", "01", FNR_C, 1000), row("2025-02", "02", FNR_C, 1500), row("2025-03", "02", FNR_C, 1500),
				row("2025-01", "01", FNR_D, 4000), row("2025-03", "01", FNR_D, 4000), row("2025-04", "01", FNR_E, 9000));
		Path out = dir.resolve("out");

		RunOutcome outcome = this.runner.run("monthly", RunParameters.of("2025-03", List.of(lastYear, thisYear), out,
				DisclosureMode.INTERNAL, Lang.NB, null, 3));

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		Map<String, String> cells = AnnualJobFunctionalTests.cells(out.resolve("statistics.csv"));
		assertThat(status(cells, "0301", "2025-01")).containsExactly("2", "1", "5000", "2", "5000", "0", "1.0");
		assertThat(status(cells, "0301", "2025-02")).containsExactly("3", "1", "6500", "4", "11500", "0", "1.3");
		assertThat(status(cells, "0301", "2025-03")).containsExactly("2", "0", "5500", "4", "17000", "0", "1.8");
		assertThat(status(cells, "030101", "2025-01")).containsExactly("2", "1", "5000", "2", "5000", "0", "1.0");
		assertThat(status(cells, "030101", "2025-02")).containsExactly("0", "0", "0", "1", "4000", "0", "1.0");
		assertThat(status(cells, "030102", "2025-02")).containsExactly("1", "0", "1500", "1", "2500", "0", "2.0");
		assertThat(status(cells, "030103", "2025-02")).containsExactly("2", "1", "5000", "2", "5000", "0", "1.0");
		assertThat(status(cells, "0301", "2024-01")).containsExactly("0", "..", "0", "0", "0", "0", ".");
		assertThat(status(cells, "0301", "2024-02")).containsExactly("1", "..", "2000", "1", "2000", "0", "1.0");
		assertThat(status(cells, "0301", "2024-03")).containsExactly("0", "..", "0", "1", "2000", "0", "1.0");
		assertThat(cells.keySet()).filteredOn((k) -> k.startsWith("monthly_status|0301|"))
			.extracting((k) -> k.split("\\|")[2])
			.containsOnly("2024-01", "2024-02", "2024-03", "2025-01", "2025-02", "2025-03");
		assertThat(cells).containsEntry("key_figures|0301|2025-03||recipients", "4")
			.containsEntry("key_figures|0301|2024-03||recipients", "1");

		try (InputStream in = Files.newInputStream(out.resolve("tabeller.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet("Måned for måned");
			for (int m = 1; m <= 3; m++) {
				for (int i = 0; i < MEASURES.size(); i++) {
					assertNumber(sheet, 5 + m, 1 + 3 * i, cells.get("monthly_status|0301|2025-0" + m + "||" + MEASURES.get(i)));
					assertNumber(sheet, 5 + m, 2 + 3 * i, cells.get("monthly_status|0301|2024-0" + m + "||" + MEASURES.get(i)));
				}
			}
			assertThat(workbook.getSheet("Bydeler").getRow(6).getCell(0).getStringCellValue()).isEqualTo("Gamle Oslo");
			assertThat(workbook.getSheet("Bydeler").getRow(9).getCell(0).getStringCellValue()).isEqualTo("I alt Oslo");
		}
	}

	private static void assertNumber(XSSFSheet sheet, int row, int column, String expected) {
		var cell = sheet.getRow(row).getCell(column);
		if (expected.equals(".") || expected.equals("..")) {
			assertThat(cell.getStringCellValue()).isEqualTo(expected);
			return;
		}
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).as("row %d column %d", row, column).isEqualTo(Double.parseDouble(expected));
	}

	private static List<String> status(Map<String, String> cells, String region, String period) {
		return MEASURES.stream().map((m) -> cells.get("monthly_status|" + region + "|" + period + "||" + m)).toList();
	}

	private static Path extract(String name, String... rows) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;FODSELSDATO;KJONN;"
				+ "EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;SAKSBEHANDLER;BIDRAG;LAAN");
		lines.addAll(List.of(rows));
		Path file = dir.resolve(name);
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

	private static String row(String period, String district, String fnr, long bidrag) {
		return String.join(";", "0301", period, district, fnr, "", "J" + fnr.substring(0, 4), "", "1", "1", "0", "5", "12",
				"07", "1", "NO", "SB1", String.valueOf(bidrag), "0");
	}

}
