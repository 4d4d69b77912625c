package no.kostrabatch.report.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import no.kostrabatch.input.ExtractFormat;
import no.kostrabatch.validation.rules.ElevenFTestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ControlReportTests {

	@TempDir
	Path dir;

	@Test
	void aCsvExtractIsCheckedAsItsElevenFRecordsWithFindingsOnTheLatestMonthsLine() throws IOException {
		String a = ElevenFTestRecords.fnr(1990);
		String b = ElevenFTestRecords.fnr(1985);
		Path csv = this.dir.resolve("oslo.csv");
		Files.write(csv, List.of(
				"KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_JOURNALNR;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN",
				"0301;2025-01;01;" + a + ";J1;1;1;0;5;12;07;5000;0", "0301;2025-01;02;" + b + ";J2;2;1;0;5;12;07;4000;0",
				"0301;2025-02;01;" + a + ";J1;7;1;0;5;12;07;5000;0", "0301;2025-03;01;" + a + ";J1;7;1;0;5;12;07;0;0"),
				StandardCharsets.UTF_8);

		ControlReport.Result result = new ControlReport().run(csv, OptionalInt.empty(), null, this.dir.resolve("out"));

		assertThat(result.format()).isEqualTo(ExtractFormat.CSV);
		List<String> rows = Files.readAllLines(result.csv());
		assertThat(rows).contains("4,008,ERROR,KJONN,J1,\"Korrigér kjønn. Fant '7', forventet én av [1=Mann, 2=Kvinne]. "
				+ "Feltet er obligatorisk.\"");
		assertThat(rows.stream().filter((r) -> r.contains(",032,")).toList()).singleElement()
			.asString()
			.startsWith("1,032,ERROR,GITT_OKONOMIRAD,,\"Uttrekket har ikke kolonnen for GITT_OKONOMIRAD, så kontrollen "
					+ "gjelder hele filen (poster: 2)");
		assertThat(rows).noneMatch((r) -> r.contains(a) || r.contains(b));
		assertThat(result.summary().exitCode()).isEqualTo(2);
		assertThat(result.xlsx()).isNotEmptyFile();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(result.xlsx()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			for (var sheet : workbook) {
				assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
					.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
				assertThat(sheet.getFooter().getRight()).isEqualTo("Side &P av &N");
			}
			var summary = workbook.getSheet("Sammendrag");
			assertThat(summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue())
				.isEqualTo("Linjer: 5, poster: 2");
			assertThat(workbook.getPrintArea(1)).isEqualTo("Funn!$A$1:$F$" + rows.size());
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) workbook.getSheet("Funn")).getRepeatingRows().formatAsString())
				.isEqualTo("1:1");
		}
	}

	@Test
	void inEnglishTheReportsOwnWordsAreEnglishAndSsbsMessagesStaySsbs() throws IOException {
		String a = ElevenFTestRecords.fnr(1990);
		Path csv = this.dir.resolve("oslo.csv");
		Files.write(csv, List.of("KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_JOURNALNR;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN",
				"0301;2025-01;01;" + a + ";J1;7;1;0;5;12;07;5000;0"), StandardCharsets.UTF_8);

		ControlReport.Result result = new ControlReport(null, () -> {
		}, no.kostrabatch.statistics.Lang.EN).run(csv, OptionalInt.empty(), null, this.dir.resolve("en"));

		List<String> rows = Files.readAllLines(result.csv());
		assertThat(rows.get(0)).isEqualTo("line,rule_id,severity,field,journal,message");
		assertThat(rows).contains("2,008,ERROR,KJONN,J1,\"Korrigér kjønn. Fant '7', forventet én av [1=Mann, 2=Kvinne]. "
				+ "Feltet er obligatorisk.\"");
		assertThat(rows.stream().filter((r) -> r.contains(",032,")).toList()).singleElement()
			.asString()
			.startsWith("1,032,ERROR,GITT_OKONOMIRAD,,\"The extract has no column for GITT_OKONOMIRAD, so the control "
					+ "applies to the whole file (records: 1). Add the column to the extract.\"");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(result.xlsx()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
			assertThat(workbook.getSheetName(1)).isEqualTo("Findings");
			var summary = workbook.getSheet("Summary");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Control report KOSTRA 11F – oslo.csv, municipality 0301, 2025");
			assertThat(summary.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Findings");
			assertThat(workbook.getSheet("Findings").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Journal number");
			assertThat(summary.getFooter().getRight()).isEqualTo("Page &P of &N");
		}
	}

	@Test
	void aFileTheImportRefusesStillGetsItsControlReportLineByLine() throws IOException {
		String clean = ElevenFTestRecords.line(2025, java.util.Map.of());
		Path badFirst = this.dir.resolve("bad-first.txt");
		Files.write(badFirst, List.of("ABCD" + clean.substring(4, 300), clean.substring(0, 300)), StandardCharsets.UTF_8);
		Path utf16 = this.dir.resolve("utf16.txt");
		Files.writeString(utf16, clean + "\n" + clean + "\n", StandardCharsets.UTF_16LE);

		for (Path file : List.of(badFirst, utf16)) {
			ControlReport.Result result = new ControlReport().run(file, OptionalInt.of(2025), "0301",
					this.dir.resolve(file.getFileName() + "-out"));

			assertThat(result.format()).isEqualTo(ExtractFormat.ELEVEN_F);
			assertThat(Files.readAllLines(result.csv())).filteredOn((r) -> r.contains(",001,FATAL,"))
				.extracting((r) -> r.substring(0, r.indexOf(',')))
				.startsWith("1", "2");
			assertThat(result.summary().exitCode()).isEqualTo(2);
			assertThat(result.xlsx()).isNotEmptyFile();
		}
	}

}
