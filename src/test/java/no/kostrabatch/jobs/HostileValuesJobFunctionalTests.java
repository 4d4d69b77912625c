package no.kostrabatch.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.cli.Launcher;
import no.kostrabatch.input.CsvColumn;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.internal.TextFiles;
import no.kostrabatch.validation.rules.ElevenFTestRecords;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identifier-shaped and odd values in every field of a CSV extract (UTF-8 and Windows-1252) and of an
 * 11F file, through {@code kostra annual} on the command line: the run ends normally, every line is
 * counted or rejected, and no planted value is in the console, the log, the store (job tables
 * included) or any output. The control report (the controller's own document, which names journal
 * numbers by design) is checked for the planted values of eleven or more characters.
 */
class HostileValuesJobFunctionalTests {

	/** Values planted in CSV fields, as written in the file. */
	static final List<String> PLANTED = List.of("07889911837", "078899-11837", "1234567890123",
			"98765432109876543210".repeat(10), "Åse–Ødegård 55667788", "|44332211|", "\"66554433\"", "a\"99887766",
			"\"12\"\"3344556677\"");

	/** What must appear nowhere (outside the control report). */
	static final List<String> SECRETS = List.of("07889911837", "078899-11837", "1234567890123", "98765432109876543210",
			"55667788", "44332211", "66554433", "99887766", "3344556677", "07889911", "98765432",
			"99887766554", "998877665544");

	/** What must not appear in the control report either. */
	static final List<String> LONG_SECRETS = List.of("07889911837", "078899-11837", "1234567890123",
			"98765432109876543210", "3344556677", "99887766554", "998877665544");

	static final List<String> ELEVEN_F_PLANTED = List.of("99887766554433221100", "998877-6655443322", "|", "\"",
			"–Ø");

	@TempDir
	Path dir;

	@Test
	void identifierShapedValuesInEveryFieldNeverStopTheRunAndAreNeverEchoed() throws IOException {
		List<CsvColumn> columns = List.of(CsvColumn.values());
		String header = String.join(";", columns.stream().map(CsvColumn::name).toList());
		List<String> utf8 = new ArrayList<>(List.of(header));
		int person = 0;
		for (int i = 0; i < 10; i++) {
			utf8.add(csvRow(columns, ++person, null, null));
		}
		for (CsvColumn column : columns) {
			for (String value : PLANTED) {
				utf8.add(csvRow(columns, ++person, column, value));
			}
		}
		Path csv = this.dir.resolve("hostile.csv");
		Files.write(csv, utf8, StandardCharsets.UTF_8);
		List<String> cp1252 = new ArrayList<>(List.of(header));
		cp1252.add(csvRow(columns, ++person, CsvColumn.SAKSBEHANDLER, "Kari – saksbehandler"));
		cp1252.add(csvRow(columns, ++person, CsvColumn.PERSON_FODSELSNR, "078899-11837"));
		cp1252.add(csvRow(columns, person, CsvColumn.SAKSBEHANDLER, "Ola – ny").replace("2025-06", "2025-07"));
		Path windows = this.dir.resolve("hostile-1252.csv");
		Files.write(windows, cp1252, TextFiles.WINDOWS_1252);
		List<String> records = new ArrayList<>();
		ElevenFLayout layout = ElevenFLayout.forYear(2025);
		for (ElevenFField field : ElevenFField.values()) {
			if (!layout.has(field) || field == ElevenFField.VERSION) {
				continue;
			}
			for (String value : ELEVEN_F_PLANTED) {
				Map<ElevenFField, String> fields = new EnumMap<>(ElevenFField.class);
				fields.put(ElevenFField.PERSON_FODSELSNR, "");
				fields.put(ElevenFField.PERSON_JOURNALNR, "F%07d".formatted(records.size()));
				fields.put(field, value);
				records.add(ElevenFTestRecords.line(2025, fields));
			}
		}
		Path elevenF = this.dir.resolve("hostile.dat");
		Files.write(elevenF, records, StandardCharsets.UTF_8);
		Path store = this.dir.resolve("store");
		Path out = this.dir.resolve("out");
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		System.setProperty("kostra.pseudonym-key-file", this.dir.resolve("key/pseudonym.key").toString());
		int code;
		try (LogFile log = new LogFile(store.resolve("kostra.log"))) {
			PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
			System.setOut(both);
			System.setErr(both);
			code = Launcher.run("annual", "--year", "2025", "--input", csv.toString(), windows.toString(),
					elevenF.toString(), "--out", out.toString(), "--store", store.toString(), "--disclosure", "internal");
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
			System.clearProperty("kostra.pseudonym-key-file");
		}
		String printed = console.toString(StandardCharsets.UTF_8);

		assertThat(code).as(printed).isZero();
		assertThat(printed).contains("Reports in", "  hostile.csv: 0301, 2025-06: ", "  hostile-1252.csv: 0301, 2025-06–2025-07: ",
				"  hostile.dat: 0301, 2025-01–2025-12: ", "Months covered, 0301 2025: 12 of 12.");
		long lines = (utf8.size() - 1) + (cp1252.size() - 1) + records.size();
		assertThat(printed).as("every line counted").contains("read %,d lines".formatted(lines).replace('\u00a0', ','));
		assertThat(Files.readAllLines(out.resolve("avvist.csv"), StandardCharsets.UTF_8)).hasSizeGreaterThan(1)
			.allMatch((line) -> line.startsWith("file,") || line.matches("hostile(-1252)?\\.(csv|dat),\\d+,.*"));
		for (String secret : SECRETS) {
			assertThat(printed).as("console").doesNotContain(secret);
		}
		List<Path> files = new ArrayList<>();
		for (Path root : List.of(out, store)) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		assertThat(files).extracting((p) -> p.getFileName().toString())
			.contains("statistics.csv", "tabeller.xlsx", "statusrapport-0301.pdf", "avvist.csv", "kostra.mv.db", "kostra.log",
					"kontrollrapport.csv");
		for (Path file : files) {
			String content = AnnualJobFunctionalTests.contentOf(file);
			boolean controlReport = file.toString().contains("kontroll");
			for (String secret : controlReport ? LONG_SECRETS : SECRETS) {
				assertThat(content).as("%s holds a planted value", file).doesNotContain(secret);
			}
		}
	}

	private static String csvRow(List<CsvColumn> columns, int person, CsvColumn planted, String value) {
		List<String> fields = new ArrayList<>();
		for (CsvColumn column : columns) {
			fields.add((column == planted) ? value : baseline(column, person));
		}
		return String.join(";", fields);
	}

	private static String baseline(CsvColumn column, int person) {
		return switch (column) {
			case KOMMUNE_NR -> "0301";
			case PERIODE -> "2025-06";
			case PERSON_JOURNALNR -> "E%07d".formatted(person);
			case PERSON_FODSELSNR, PERSON_DUF, VILKAR, UTBETDATO, UTBETTOMDATO -> "";
			case KJONN, EKTSTAT, VKLO -> "1";
			case BU18, GITT_OKONOMIRAD, FAAT_INDIVIDUELL_PLAN, VILKARSOSLOV, VILKARSAMEKT -> "2";
			case ANTBU18 -> "0";
			case TRYGDESIT -> "12";
			case ARBSIT -> "07";
			case BYDELSNR -> "01";
			case FODSELSDATO -> "01061980";
			case STATSBORGERSKAP -> "NO";
			case BOSIT -> "1";
			case SAKSBEHANDLER -> "SB1";
			case BIDRAG -> "5000";
			case LAAN -> "0";
		};
	}

}
