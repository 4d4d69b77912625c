package no.kostrabatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import no.kostrabatch.input.InputFileNames;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes a user makes on the command line, each answered by one sentence a user can act on and
 * the exit code of {@link ExitCodes}; none of these starts the store.
 */
class CommandLineMistakesTests {

	@TempDir
	static Path dir;

	static Path oslo2025;

	@BeforeAll
	static void extract() throws IOException {
		oslo2025 = dir.resolve("oslo-2025.csv");
		new SampleGenerator(3).write("0301", 2025, 20, SampleFormat.CSV, oslo2025);
	}

	static Stream<Arguments> binaryFiles() throws IOException {
		Path xlsx = dir.resolve("oslo.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("Ark1").createRow(0).createCell(0).setCellValue("KOMMUNE_NR");
			workbook.write(out);
		}
		Path renamed = dir.resolve("oslo-workbook.csv");
		Files.copy(xlsx, renamed);
		Path xls = dir.resolve("oslo.xls");
		Files.write(xls, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0));
		Path pdf = dir.resolve("oslo.pdf");
		Files.writeString(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n", StandardCharsets.ISO_8859_1);
		Path zip = dir.resolve("oslo.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("oslo.csv"));
			out.write(Files.readAllBytes(oslo2025));
		}
		return Stream.of(Arguments.of(xlsx, "is an Excel workbook", "export it as CSV (semicolon-separated, UTF-8)"),
				Arguments.of(renamed, "is an Excel workbook", "export it as CSV (semicolon-separated, UTF-8)"),
				Arguments.of(xls, "is an Excel 97-2003 workbook", "export it as CSV (semicolon-separated, UTF-8)"),
				Arguments.of(pdf, "is a PDF document", "give the extract itself"),
				Arguments.of(zip, "is a ZIP archive", "give the extract itself"));
	}

	@ParameterizedTest
	@MethodSource("binaryFiles")
	void aWorkbookPdfOrArchiveIsNamedForWhatItIs(Path file, String what, String todo) {
		Console.Result result = Console.run("validate", file.toString(), "--out", dir.resolve("v").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.err()).startsWith("kostra: " + file.getFileName() + " " + what)
			.contains(todo)
			.doesNotContain("UTF-16");
	}

	@Test
	void aFileOfAnotherYearSaysWhichYearItHolds() {
		Console.Result result = Console.run("validate", oslo2025.toString(), "--year", "2024", "--out",
				dir.resolve("v2024").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.out()).contains("FATAL: the rows of oslo-2025.csv are for 2025, none for 2024; run with "
				+ "--year 2025").doesNotContain("the file is empty");
	}

	@ParameterizedTest
	@MethodSource("delimiters")
	void aTabOrPipeSeparatedExtractIsReadLikeASemicolonSeparatedOne(String delimiter) throws IOException {
		Path file = dir.resolve("oslo-" + (delimiter.equals("\t") ? "tab" : "pipe") + ".csv");
		String text = Files.readString(oslo2025).replaceAll(";\\d+(\\|\\d+)+;", ";;");
		Files.writeString(file, text.replace(";", delimiter));

		Console.Result result = Console.run("validate", file.toString(), "--out", dir.resolve("v-" + delimiter.hashCode()).toString());

		assertThat(result.err()).isEmpty();
		assertThat(result.out()).contains("20 records, municipality 0301, reporting year 2025");
	}

	static Stream<String> delimiters() {
		return Stream.of("\t", "|");
	}

	@Test
	void anUnknownOptionComesFirstWithASuggestion() {
		Console.Result result = Console.run("annual", "--yaer", "2025", "--out", "x");

		assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).isEqualTo("kostra: Unknown option '--yaer' (did you mean '--year'?)."
				+ System.lineSeparator() + "Try './kostra annual --help' for more." + System.lineSeparator());
	}

	@Test
	void storeIsRefusedWithAReasonWhereItMeansNothing() {
		for (String command : List.of("validate", "export-11f", "generate", "audit", "bench")) {
			Console.Result result = Console.run(command, "--store", "s");

			assertThat(result.code()).as(command).isEqualTo(ExitCodes.USAGE);
			assertThat(result.err()).as(command)
				.startsWith("kostra: kostra " + command + " does not use a store, so it takes no --store; --store DIR "
						+ "is for demo, annual, monthly, import, run, schedule.");
		}
	}

	@Test
	void everyCommandTakesDebugAndTheStoreCommandsTakeStore() {
		for (String command : List.of("demo", "annual", "monthly", "import", "validate", "export-11f", "generate", "run",
				"schedule", "audit", "bench")) {
			String help = Console.run(command, "--help").out();
			assertThat(help).as(command).contains("--debug").contains("Exit codes: 0 ok");
			boolean store = List.of("demo", "annual", "monthly", "import", "run", "schedule").contains(command);
			assertThat(help.contains("--store")).as(command).isEqualTo(store);
		}
	}

	static Stream<Arguments> wrongValues() {
		String csv = oslo2025.toString();
		String out = dir.resolve("o").toString();
		return Stream.of(Arguments.of(args("annual", "--year", "2025", "--out", out, "--lang", "xx"), "'xx' is not a language; use nb or en"),
				Arguments.of(args("annual", "--year", "2025", "--out", out, "--disclosure", "open"), "'open' is not a disclosure mode; use public or internal"),
				Arguments.of(args("annual", "--year", "abc", "--out", out), "'abc' is not a whole number; use digits only"),
				Arguments.of(args("annual", "--year", "20255", "--out", out), "--year must be a year written YYYY, not 20255"),
				Arguments.of(args("monthly", "--period", "2025-13", "--out", out), "--period must be a month written YYYY-MM"),
				Arguments.of(args("monthly", "--period", "2025-03", "--out", out, "--lang", "de"), "'de' is not a language"),
				Arguments.of(args("monthly", "--period", "2025-03", "--out", out, "--disclosure", "x"), "'x' is not a disclosure mode"),
				Arguments.of(args("demo", "--lang", "xx"), "'xx' is not a language"),
				Arguments.of(args("validate", csv, "--year", "25"), "--year must be a year written YYYY, not 25"),
				Arguments.of(args("validate", csv, "--municipality", "301"), "--municipality must be four digits"),
				Arguments.of(args("export-11f", "--input", csv, "--year", "x", "--out", out), "'x' is not a whole number; use digits only"),
				Arguments.of(args("generate", "--municipality", "0301", "--year", "2025", "--recipients", "0", "--format", "csv", "--out", out), "--recipients must be at least 1"),
				Arguments.of(args("generate", "--municipality", "0301", "--year", "2025", "--recipients", "5", "--format", "xlsx", "--out", out), "--format must be 11f or csv"),
				Arguments.of(args("generate", "--municipality", "0301", "--year", "1", "--recipients", "5", "--format", "csv", "--out", out), "--year must be a year written YYYY"),
				Arguments.of(args("export-11f", "--input", csv, "--year", "2025", "--out", dir.toString()), "--out must name a file, not the folder"),
				Arguments.of(args("generate", "--municipality", "0301", "--year", "2025", "--recipients", "5", "--format", "csv", "--out", dir.toString()), "--out must name a file, not the folder"),
				Arguments.of(args("bench", "--recipients", "-1"), "--recipients must be at least 1"),
				Arguments.of(args("bench", "--format", "xml"), "--format must be csv or 11f"),
				Arguments.of(args("bench", "--disclosure", "x"), "'x' is not a disclosure mode"),
				Arguments.of(args("audit", dir.toString(), "--minimum-count", "0"), "--minimum-count must be at least 1"),
				Arguments.of(args("audit", dir.toString(), "--minimum-count", "many"), "'many' is not a whole number; use digits only"),
				Arguments.of(args("schedule", "--jobs", dir.resolve("no-such-folder").toString()), "is not a folder"),
				Arguments.of(args("run", dir.resolve("no-such-job.yml").toString()), "no-such-job.yml does not exist"),
				Arguments.of(args("annual", "--year", "2025"), "Missing required option: '--out=DIR'"));
	}

	@ParameterizedTest
	@MethodSource("wrongValues")
	void aWrongValueIsWrongUseWithOneSentenceAndThePointerToHelp(String[] args, String sentence) {
		Console.Result result = Console.run(args);

		assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
		List<String> lines = result.err().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("kostra: ").contains(sentence).endsWith(".");
		assertThat(lines.get(1)).isEqualTo("Try './kostra " + args[0] + " --help' for more.");
	}

	static Stream<Arguments> wrongYamlFiles() throws IOException {
		Path typo = dir.resolve("typo.yml");
		Files.writeString(typo, "kind: annual\ncron: \"0 0 6 1 3 *\"\ndisclosre: internal\n");
		Path three = dir.resolve("three.yml");
		Files.writeString(three, "kind: annual\ncron: \"0 0 6 1 3 *\"\nminimum-count: three\n");
		Path pfd = dir.resolve("pfd.yml");
		Files.writeString(pfd, "kind: annual\ncron: \"0 0 6 1 3 *\"\noutputs: statusrapport.pfd\n");
		Path mapping = dir.resolve("bad-mapping.yml");
		Files.writeString(mapping, "columns:\n  Fnr: PERSON_FODSELSNR\ncodes:\n  KJONN: {M: 1, K: 2}\n  kjønn: {}\n");
		String csv = oslo2025.toString();
		String out = dir.resolve("o").toString();
		String unknownColumn = "The column mapping " + mapping + ", line 5, column 3: unknown column 'kjønn' under codes "
				+ "(did you mean 'KJONN'?); the columns are ";
		return Stream.of(
				Arguments.of(args("run", typo.toString()), "The job file " + typo + ", line 3, column 1: unknown key "
						+ "'disclosre' (did you mean 'disclosure'?); the keys are cron, disclosure, inputs, kind, "
						+ "language, mapping, minimum-count, name, outputs, regions, replace-months."),
				Arguments.of(args("run", three.toString()), "The job file " + three + ", line 3, column 16: "
						+ "minimum-count must be a whole number, not 'three'."),
				Arguments.of(args("run", pfd.toString()), "The job file " + pfd + ", line 3, column 10: outputs must be one of "
						+ "statistics.csv, codebook.csv, statistics.json, tabeller.xlsx, statusrapport.pdf, not "
						+ "'statusrapport.pfd' (did you mean 'statusrapport.pdf'?)."),
				Arguments.of(args("annual", "--year", "2025", "--out", out, "--mapping", mapping.toString()), unknownColumn),
				Arguments.of(args("monthly", "--period", "2025-03", "--out", out, "--mapping", mapping.toString()), unknownColumn),
				Arguments.of(args("import", csv, "--mapping", mapping.toString()), unknownColumn),
				Arguments.of(args("validate", csv, "--mapping", mapping.toString()), unknownColumn),
				Arguments.of(args("export-11f", "--input", csv, "--year", "2025", "--out", dir.resolve("x.11f").toString(),
						"--mapping", mapping.toString()), unknownColumn),
				Arguments.of(args("annual", "--year", "2025", "--out", out, "--mapping", dir.resolve("none.yml").toString()),
						"The column mapping " + dir.resolve("none.yml") + " does not exist."));
	}

	@ParameterizedTest
	@MethodSource("wrongYamlFiles")
	void aWrongJobFileOrColumnMappingIsWrongUseWithOneSentenceNamingFileLineAndKey(String[] args, String sentence) {
		Console.Result result = Console.run(args);

		assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
		List<String> lines = result.err().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("kostra: " + InputFileNames.masked(sentence)); // the temp folder's digits are masked
		assertThat(lines.get(1)).isEqualTo("Try './kostra " + args[0] + " --help' for more.");
	}

	@Test
	void aMissingInputFileIsARefusedInputFile() {
		Console.Result result = Console.run("export-11f", "--input", "no-such-file.csv", "--year", "2025", "--out",
				dir.resolve("x.11f").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.err()).isEqualTo("kostra: Input file not found: no-such-file.csv." + System.lineSeparator());
	}

	@Test
	void anAuditWithoutStatisticsIsARefusedInputFile() {
		Console.Result result = Console.run("audit", dir.resolve("nothing-here").toString());

		assertThat(result.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(result.err()).startsWith("kostra: No statistics.csv in ");
	}

	@Test
	void aJobFileWithAPublicMinimumCountBelowThreeIsRefused() throws IOException {
		for (int k : new int[] { 0, 1, 2 }) {
			Path job = dir.resolve("public-" + k + ".yml");
			Files.writeString(job, "kind: annual\ndisclosure: public\nminimum-count: " + k + "\ncron: \"0 0 6 1 3 *\"\n");

			Console.Result result = Console.run("run", job.toString(), "--store", dir.resolve("unused").toString());

			assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
			assertThat(result.err()).contains("a public output needs a minimum count of at least 3, not " + k)
				.contains("use disclosure internal");
		}
		assertThat(dir.resolve("unused")).doesNotExist();
	}

	@Test
	void aJobPeriodOfTheWrongShapeIsWrongUse() throws IOException {
		Path monthly = dir.resolve("monthly.yml");
		Files.writeString(monthly, "kind: monthly\ndisclosure: internal\ncron: \"0 0 6 5 * *\"\n");
		Path annual = dir.resolve("annual.yml");
		Files.writeString(annual, "kind: annual\ncron: \"0 0 6 1 3 *\"\n");

		for (String[] run : new String[][] { { monthly.toString(), "2025", "a month written YYYY-MM" },
				{ monthly.toString(), "2025-13", "a month written YYYY-MM" },
				{ annual.toString(), "2025/../../other-job/2024", "a year written YYYY" } }) {
			Console.Result result = Console.run("run", run[0], "--period", run[1], "--store",
					dir.resolve("unused").toString());

			assertThat(result.code()).as(run[1]).isEqualTo(ExitCodes.USAGE);
			assertThat(result.err()).as(run[1]).contains("must be " + run[2] + ", not '" + run[1] + "'")
				.contains("Try './kostra run --help'");
		}
		assertThat(dir.resolve("unused")).doesNotExist();
	}

	@Test
	void theHelpFooterAndTheReadmeGiveTheSameExitCodes() throws IOException {
		String help = Console.run("--help").out().replaceAll("\\s+", " ");
		String readme = Files.readString(Path.of("README.md"));

		ExitCodes.MEANINGS.forEach((code, meaning) -> {
			assertThat(help).contains(code + " " + meaning);
			assertThat(readme).contains("| " + code + " | " + meaning + " |");
		});
		assertThat(readme.lines().filter((line) -> line.matches("\\| \\d+ \\| .* \\|"))).hasSize(ExitCodes.MEANINGS.size());
	}

	private static String[] args(String... args) {
		return new ArrayList<>(List.of(args)).toArray(String[]::new);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
