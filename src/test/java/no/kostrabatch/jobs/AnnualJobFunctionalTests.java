package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual job end to end on a small extract whose true counts are known: different attributes in
 * different months, two rows in one month, rows that pay nothing, a person who moves district, a
 * DUF-only person, an invalid code. Every cell of the first tables is asserted, re-running the period
 * must not double count, and no personal identifier may appear in any output, log or the store.
 */
@SpringBootTest
class AnnualJobFunctionalTests {

	@TempDir
	static Path dir;

	static final String FNR_A = fnr("170590", "123");

	static final String FNR_B = fnr("010807", "512");

	static final String FNR_C = fnr("020808", "534");

	static final String FNR_E = fnr("030885", "245");

	static final String FNR_F = fnr("040859", "345");

	static final String DUF_D = "201017238203";

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	static LogFile log;

	@org.junit.jupiter.api.BeforeAll
	static void logToTheStore() {
		log = new LogFile(dir.resolve("store/kostra.log"));
	}

	@org.junit.jupiter.api.AfterAll
	static void stopLoggingToTheStore() {
		log.close();
	}

	@Autowired
	PeriodJobRunner runner;

	@Test
	void countsEveryRecipientExactlyAndNeverLeaksAnIdentifier() throws IOException {
		Path extract = writeExtract();
		Path out = dir.resolve("out");

		RunOutcome first = this.runner.run("annual", RunParameters.of("2025", List.of(extract), out,
				DisclosureMode.INTERNAL, Lang.NB, null, 3));

		assertThat(first.succeeded()).as(first.message()).isTrue();
		assertThat(first.count("summary.lines")).isEqualTo(26);
		assertThat(first.count("summary.rejected")).isEqualTo(1);
		Map<String, String> cells = cells(out.resolve("statistics.csv"));
		assertThat(column(cells, "recipients_by_gender", "0301", "recipients")).containsExactly(entry("total", "5"),
				entry("1", "2"), entry("2", "2"), entry("unknown", "1"));
		assertThat(column(cells, "recipients_by_gender", "0301", "percent")).containsExactly(entry("total", "100.0"),
				entry("1", "50.0"), entry("2", "50.0"), entry("unknown", "."));
		assertThat(column(cells, "recipients_by_age", "0301", "recipients")).containsExactly(entry("total", "5"),
				entry("0-17", "1"), entry("18-24", "1"), entry("25-29", "0"), entry("30-39", "1"), entry("40-49", "0"),
				entry("50-59", "0"), entry("60-66", "1"), entry("67+", "1"), entry("unknown", "0"));
		assertThat(column(cells, "recipients_by_months", "0301", "recipients")).containsExactly(entry("total", "5"),
				entry("1", "2"), entry("2", "1"), entry("3", "0"), entry("4", "0"), entry("5", "0"), entry("6", "1"),
				entry("7", "0"), entry("8", "0"), entry("9", "0"), entry("10", "0"), entry("11", "0"), entry("12", "1"));
		assertThat(cells).containsEntry("recipients_by_months|0301|2025|total|mean_months", "4.4");
		assertThat(column(cells, "recipients_by_long_term", "0301", "recipients")).containsExactly(
				entry("total", "5"), entry("yes", "2"), entry("no", "3"));
		assertThat(column(cells, "recipients_by_citizenship", "0301", "recipients")).containsExactly(
				entry("total", "5"), entry("NO", "2"), entry("foreign", "2"), entry("unknown", "1"));
		assertThat(column(cells, "recipients_by_income_source", "0301", "recipients")).contains(entry("total", "5"),
				entry("3", "2"), entry("5", "1"), entry("8", "1"), entry("9", "1"), entry("1", "0"));
		assertThat(column(cells, "recipients_by_district", "0301", "recipients")).containsExactly(
				entry("total", "5"), entry("01", "1"), entry("02", "1"), entry("03", "1"), entry("04", "1"),
				entry("unknown", "1"));
		assertThat(column(cells, "recipients_by_children", "0301", "recipients")).contains(entry("total", "5"),
				entry("0", "4"), entry("2", "1"));
		assertThat(cells).containsEntry("recipients_by_gender|030102|2025|total|recipients", "1")
			.containsEntry("recipients_by_gender|030102|2025|2|recipients", "1");
		assertThat(cells).containsEntry("key_figures|0301|2025||recipients", "5")
			.containsEntry("key_figures|0301|2025||support_months", "22")
			.containsEntry("key_figures|0301|2025||long_term", "2")
			.containsEntry("key_figures|0301|2025||nok", "105000");
		assertThat(out.resolve("tabeller.xlsx")).isNotEmptyFile();
		assertThat(out.resolve("statusrapport-0301.pdf")).isNotEmptyFile();
		assertThat(out.resolve("sammenligning.pdf")).as("one municipality has nobody to compare with").doesNotExist();
		assertThat(Files.readString(out.resolve("avvist.csv"))).contains("sak-###########-uttrekk.csv,14,");

		RunOutcome again = this.runner.run("annual", RunParameters.of("2025", List.of(extract), out,
				DisclosureMode.INTERNAL, Lang.NB, null, 3));
		assertThat(again.replacedRun()).isEqualTo(1);
		assertThat(cells(out.resolve("statistics.csv"))).isEqualTo(cells);

		assertNoIdentifierAnywhere(List.of(out, dir.resolve("store")));
	}

	@Test
	void hostileValuesInFreeTextFieldsNeverBecomeFormulas() throws IOException {
		String header = "KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_JOURNALNR;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;"
				+ "ARBSIT;BOSIT;STATSBORGERSKAP;SAKSBEHANDLER;BIDRAG;LAAN";
		List<String> lines = new ArrayList<>(List.of(header));
		String[] hostile = { "=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x" };
		for (int i = 0; i < hostile.length; i++) {
			String h = hostile[i].replace("\\t", "\t");
			lines.add(String.join(";", "0301", "2026-01", h, fnr("0" + (i + 1) + "0190", "100"), h, h, h, h, h, h, h, h, h,
					"\"=HYPERLINK(\"\"x\"\")\"", "1000", "0"));
		}
		Path file = dir.resolve("hostile.csv");
		Files.write(file, lines, StandardCharsets.UTF_8);
		Path out = dir.resolve("hostile");

		RunOutcome outcome = this.runner.run("annual", RunParameters.of("2026", List.of(file), out,
				DisclosureMode.INTERNAL, Lang.NB, null, 3));

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		for (Path csv : List.of(out.resolve("statistics.csv"), out.resolve("avvist.csv"),
				out.resolve("kontroll/hostile.csv/kontrollrapport.csv"))) {
			try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(csv))) {
				for (var record : parser) {
					for (String field : record) {
						assertThat(isFormula(field)).as(csv + ": " + field).isFalse();
					}
				}
			}
		}
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("tabeller.xlsx")))) {
			for (var sheet : workbook) {
				for (var row : sheet) {
					for (var cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
							assertThat(isFormula(cell.getStringCellValue())).as(cell.getStringCellValue()).isFalse();
						}
					}
				}
			}
		}
	}

	private static boolean isFormula(String text) {
		if (text.isEmpty() || text.matches("-?\\d+(\\.\\d+)?")) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	private static void assertNoIdentifierAnywhere(List<Path> roots) throws IOException {
		List<String> identifiers = List.of(FNR_A, FNR_B, FNR_C, FNR_E, FNR_F, DUF_D, "J0000001", "J0000002",
				"J0000003", "J0000004", "J0000005", "J0000006", "17051990", "1990-05-17", "SB4711");
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		assertThat(files).extracting((p) -> p.getFileName().toString())
			.contains("statistics.csv", "tabeller.xlsx", "statusrapport-0301.pdf", "avvist.csv", "kostra.mv.db",
					"kostra.log", "kontrollrapport.csv", "kontrollrapport.xlsx");
		for (Path file : files) {
			String content = contentOf(file);
			boolean controlReport = file.toString().contains("/kontroll/");
			for (String identifier : identifiers) {
				if (controlReport && identifier.startsWith("J000")) {
					continue; // the controller's control report names the case by its journal number, by design
				}
				assertThat(content).as("%s must not contain a personal identifier", file).doesNotContain(identifier);
			}
		}
	}

	/** Bytes as text; xlsx (zip) entries are unpacked so their text is scanned too. */
	static String contentOf(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.ISO_8859_1));
		if (file.toString().endsWith(".xlsx")) {
			try (var zip = new java.util.zip.ZipFile(file.toFile())) {
				for (var entries = zip.entries(); entries.hasMoreElements();) {
					try (var in = zip.getInputStream(entries.nextElement())) {
						text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return text.toString();
	}

	private static Path writeExtract() throws IOException {
		String header = "KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;FODSELSDATO;KJONN;"
				+ "EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;SAKSBEHANDLER;BIDRAG;LAAN";
		List<String> lines = List.of(header,
				row("2025-01", "01", FNR_A, "", "J0000001", "17051990", "2", "1", "0", "5", "12", "07", "1", "NO", 5000, 0),
				row("2025-03", "02", FNR_A, "", "J0000001", "17051990", "2", "1", "0", "3", "04", "04", "1", "NO", 6000, 1000),
				row("2025-04", "02", FNR_A, "", "J0000001", "17051990", "2", "1", "0", "1", "12", "01", "1", "NO", 0, 0),
				row("2025-02", "01", FNR_B, "", "J0000002", "", "1", "1", "0", "5", "12", "07", "1", "SE", 3000, 0),
				row("2025-02", "01", FNR_B, "", "J0000002", "", "1", "1", "0", "5", "12", "07", "1", "SE", 2000, 0),
				row("2025-01", "03", FNR_C, "", "J0000003", "", "1", "1", "2", "8", "12", "10", "2", "NO", 10000, 0),
				row("2025-06", "03", FNR_C, "", "J0000003", "", "1", "1", "2", "8", "12", "10", "2", "NO", 10000, 0),
				row("2025-05", "03", FNR_C, "", "J0000003", "", "1", "1", "2", "8", "12", "10", "2", "NO", 10000, 0),
				row("2025-04", "03", FNR_C, "", "J0000003", "", "1", "1", "2", "8", "12", "10", "2", "NO", 10000, 0),
				row("2025-03", "03", FNR_C, "", "J0000003", "", "1", "1", "2", "8", "12", "10", "2", "NO", 10000, 0),
				row("2025-02", "03", FNR_C, "", "J0000003", "", "1", "1", "2", "8", "12", "10", "2", "NO", 10000, 0),
				row("2025-07", "01", FNR_E, "", "J0000005", "", "2", "1", "0", "5", "12", "07", "1", "NO", 0, 0),
				row("2025-13", "01", FNR_E, "", "J0000005", "", "2", "1", "0", "5", "12", "07", "1", "NO", 100, 0));
		List<String> all = new ArrayList<>(lines);
		for (int month = 1; month <= 12; month++) {
			all.add(row(String.format("2025-%02d", month), "04", "", DUF_D, "J0000004", "01061958", "2", "5", "0", "3",
					"07", "04", "2", "SY", 2000, 0));
		}
		all.add(row("2025-09", "", FNR_F, "", "J0000006", "", "7", "1", "0", "9", "12", "04", "1", "", 4000, 0));
		Path file = dir.resolve("sak-" + FNR_B + "-uttrekk.csv");
		Files.write(file, all, StandardCharsets.UTF_8);
		return file;
	}

	private static String row(String period, String district, String fnr, String duf, String journal, String birth,
			String gender, String civil, String children, String vklo, String trygd, String arbsit, String bosit,
			String citizenship, long bidrag, long laan) {
		return String.join(";", "0301", period, district, fnr, duf, journal, birth, gender, civil, children, vklo, trygd,
				arbsit, bosit, citizenship, "SB4711", String.valueOf(bidrag), String.valueOf(laan));
	}

	static String fnr(String ddmmyy, String individual) {
		String synthetic = ddmmyy.substring(0, 2) + (char) (ddmmyy.charAt(2) + 8) + ddmmyy.substring(3);
		for (int i = Integer.parseInt(individual); i < 1000; i++) {
			var number = Fodselsnummer.withCheckDigits(synthetic + String.format("%03d", i));
			if (number.isPresent()) {
				return number.get();
			}
		}
		throw new IllegalStateException("no fnr");
	}

	static Map<String, String> cells(Path csv) throws IOException {
		Map<String, String> result = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("table_id,region,period,dim1,cat1,dim2,cat2,measure,value,symbol");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			result.put(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[4] + (f[6].isEmpty() ? "" : "/" + f[6]) + "|" + f[7],
					f[8].isEmpty() ? f[9] : f[8]);
		}
		return result;
	}

	private static List<Map.Entry<String, String>> column(Map<String, String> cells, String table, String region,
			String measure) {
		List<Map.Entry<String, String>> result = new ArrayList<>();
		String prefix = table + "|" + region + "|2025|";
		cells.forEach((key, value) -> {
			if (key.startsWith(prefix) && key.endsWith("|" + measure) && !key.contains("/")) {
				result.add(entry(key.substring(prefix.length(), key.length() - measure.length() - 1), value));
			}
		});
		return result;
	}

	private static Map.Entry<String, String> entry(String key, String value) {
		return Map.entry(key, value);
	}

}
