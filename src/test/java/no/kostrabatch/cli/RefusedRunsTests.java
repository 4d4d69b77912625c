package no.kostrabatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import no.kostrabatch.input.InputFileNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on a store that are refused with a sentence a user can act on, before or instead of a long
 * import, and a public run whose input file name holds a fødselsnummer.
 */
class RefusedRunsTests {

	private static final String FNR_IN_NAME = "01018012345";

	@TempDir
	static Path dir;

	@BeforeAll
	static void key() {
		System.setProperty("kostra.pseudonym-key-file", dir.resolve("key").toString());
	}

	@AfterAll
	static void forgetKey() {
		System.clearProperty("kostra.pseudonym-key-file");
	}

	@Test
	void anAnnualRunOnAFileOfAnotherYearSaysWhichYearTheFileHolds() throws IOException {
		Path file = dir.resolve("oslo-2025.csv");
		new SampleGenerator(4).write("0301", 2025, 15, SampleFormat.CSV, file);

		Console.Result result = Console.run("annual", "--year", "2024", "--input", file.toString(), "--out",
				dir.resolve("annual-2024").toString(), "--store", dir.resolve("store-a").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.err()).isEqualTo("kostra: The files given hold 2025, not 2024, and the store holds no "
				+ "recipients for 2024: run for 2025, or give files for 2024." + System.lineSeparator());
	}

	@Test
	void anImportOfAFileWhoseEveryLineIsRejectedSaysSoAndExitsAsARefusedFile() throws IOException {
		Path good = dir.resolve("oslo-good.csv");
		new SampleGenerator(5).write("0301", 2025, 6, SampleFormat.CSV, good);
		List<String> lines = Files.readAllLines(good, StandardCharsets.UTF_8);
		List<String> wrong = new ArrayList<>(List.of(lines.get(0)));
		lines.stream().skip(1).map((line) -> "9998" + line.substring(4)).forEach(wrong::add);
		Path bad = dir.resolve("wrong-number.csv");
		Files.write(bad, wrong, StandardCharsets.UTF_8);

		Console.Result result = Console.run("import", bad.toString(), good.toString(), "--rejects",
				dir.resolve("rejects").toString(), "--store", dir.resolve("store-rejected").toString());

		String n = System.lineSeparator();
		int rows = wrong.size() - 1;
		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.out()).contains("  wrong-number.csv: every one of its " + rows + " lines was rejected; nothing "
				+ "of it was stored (the reasons are in avvist.csv)." + n + "  oslo-good.csv: 0301, 2025-01–2025-12: ");
		assertThat(result.err()).isEqualTo("kostra: Every line of wrong-number.csv was rejected: correct the file "
				+ "(avvist.csv says why, line by line) and give it again." + n);
		assertThat(Files.readAllLines(dir.resolve("rejects/avvist.csv"))).hasSize(rows + 1);
	}

	@Test
	void anAnnualOrMonthlyRunWithoutInputOnAStoreWithNothingForTheYearIsWrongUseWithHowToImport() {
		Path store = dir.resolve("fresh");

		Console.Result annual = Console.run("annual", "--year", "2025", "--out", dir.resolve("fresh-out").toString(),
				"--store", store.toString());
		Console.Result monthly = Console.run("monthly", "--period", "2025-03", "--out",
				dir.resolve("fresh-month").toString(), "--store", store.toString());

		String n = System.lineSeparator();
		String shown = InputFileNames.masked(store.toString()); // the temp folder's run of digits is masked
		assertThat(annual.code()).isEqualTo(ExitCodes.USAGE);
		assertThat(annual.err()).isEqualTo("kostra: The store " + shown + " holds nothing for 2025: import the year's "
				+ "files first (./kostra import FILE... --store " + shown + ") or give them with --input FILE." + n
				+ "Try './kostra annual --help' for more." + n);
		assertThat(monthly.code()).isEqualTo(ExitCodes.USAGE);
		assertThat(monthly.err()).isEqualTo("kostra: The store " + shown + " holds nothing for 2025: import the year's "
				+ "files first (./kostra import FILE... --store " + shown + ") or give them with --input FILE." + n
				+ "Try './kostra monthly --help' for more." + n);
		assertThat(dir.resolve("fresh-out")).doesNotExist();
	}

	@Test
	void aWorkbookGivenToAnnualIsARefusedInputFile() throws IOException {
		Path workbook = dir.resolve("oslo.xlsx");
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = Files.newOutputStream(workbook)) {
			book.createSheet("Ark1");
			book.write(out);
		}

		Console.Result result = Console.run("annual", "--year", "2025", "--input", workbook.toString(), "--out",
				dir.resolve("annual-xlsx").toString(), "--store", dir.resolve("store-b").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.err()).contains("oslo.xlsx is an Excel workbook, not a text file; export it as CSV "
				+ "(semicolon-separated, UTF-8)");
	}

	@Test
	void aJobRunWithoutPeriodNamesItsPeriodAndStopsBeforeImportingFilesOfAnotherYear() throws IOException {
		int old = LocalDate.now().getYear() - 3;
		Path data = Files.createDirectories(dir.resolve("old/data"));
		new SampleGenerator(5).write("0301", old, 10, SampleFormat.CSV, data.resolve("oslo.csv"));
		Path job = Files.createDirectories(dir.resolve("old/jobs")).resolve("monthly.yml");
		Files.writeString(job, "kind: monthly\ninputs: [\"../data/*.csv\"]\ndisclosure: internal\n"
				+ "cron: \"0 0 6 5 * *\"\n");
		String period = java.time.YearMonth.now().minusMonths(1).toString();

		Console.Result result = Console.run("run", job.toString(), "--store", dir.resolve("store-c").toString(),
				"--reports", dir.resolve("reports-c").toString());

		assertThat(result.out()).startsWith("No --period given: running monthly for " + period
				+ ", the month before today.");
		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.err()).startsWith("kostra: The 1 input file(s) of job monthly hold " + old + ", none "
				+ period.substring(0, 4) + ", and the store holds nothing for " + period.substring(0, 4)
				+ ": run with --period " + old + "-12");
		assertThat(dir.resolve("reports-c")).doesNotExist();
	}

	@Test
	void aPublicJobShowsNoFileNameDigitsThatCouldBeAnIdentifier() throws IOException {
		Path data = Files.createDirectories(dir.resolve("public/data"));
		new SampleGenerator(6).write("0301", 2025, 60, SampleFormat.CSV, data.resolve("oslo-" + FNR_IN_NAME + ".csv"));
		Path job = Files.createDirectories(dir.resolve("public/jobs")).resolve("report.yml");
		Files.writeString(job, "kind: annual\ninputs: [\"../data/*.csv\"]\ndisclosure: public\nminimum-count: 3\n"
				+ "cron: \"0 0 6 1 3 *\"\n");
		Path reports = dir.resolve("reports-d");

		Console.Result result = Console.run("run", job.toString(), "--period", "2025", "--store",
				dir.resolve("store-d").toString(), "--reports", reports.toString());

		assertThat(result.code()).as(result.err()).isZero();
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(reports)) {
			walk.forEach(files::add);
		}
		assertThat(files).extracting((p) -> p.getFileName().toString())
			.contains("statistics.csv", "codebook.csv", "statistics.json", "tabeller.xlsx", "statusrapport-0301.pdf",
					"kontrollrapport.csv", "kontrollrapport.xlsx");
		assertThat(files).extracting((p) -> p.getFileName().toString()).doesNotContain(".inputs.txt");
		String pdf = "";
		for (Path file : files) {
			String text = reports.relativize(file) + "\n";
			if (Files.isRegularFile(file)) {
				text += contentOf(file);
				if (file.toString().endsWith(".pdf")) {
					try (PDDocument document = Loader.loadPDF(file.toFile())) {
						pdf = new PDFTextStripper().getText(document);
					}
					text += pdf;
				}
			}
			for (int i = 0; i + 6 <= FNR_IN_NAME.length(); i++) {
				assertThat(text).as("%s must not show the digits of the file name", file)
					.doesNotContain(FNR_IN_NAME.substring(i, i + 6));
			}
		}
		assertThat(pdf).contains("oslo-###########.csv");
		assertThat(new String(Files.readAllBytes(reports.resolve("report/2025/statistics.csv")), StandardCharsets.UTF_8))
			.contains("0301");
	}

	/** Bytes as text; the entries of an xlsx (zip) are unpacked so their text is scanned too. */
	private static String contentOf(Path file) throws IOException {
		StringBuilder text = new StringBuilder(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
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

}
