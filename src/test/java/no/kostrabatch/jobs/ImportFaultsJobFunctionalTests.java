package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.report.control.ControlReport;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.validation.rules.ElevenFTestRecords;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports that cannot silently destroy (issue 15, part B): files of one run add up, a stray row does
 * not replace its month, a cut file, an open quote, a NUL line or a wrong field count rejects only
 * its own line and every line is counted, an unknown municipality or district never becomes a
 * region. Each test uses its own municipality-months or its own store rows, so the order of the
 * tests does not matter.
 */
@SpringBootTest
class ImportFaultsJobFunctionalTests {

	static final String HEADER = "KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;FODSELSDATO;"
			+ "KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;SAKSBEHANDLER;BIDRAG;LAAN";

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	@Autowired
	PeriodJobRunner runner;

	@Autowired
	FactStore store;

	@Test
	void twoFilesOfOneMunicipalityAndMonthInOneRunAddUpAndALaterRunReplacesThem() throws IOException {
		List<String> a = new ArrayList<>(List.of(HEADER));
		List<String> b = new ArrayList<>(List.of(HEADER));
		for (int month = 1; month <= 12; month++) {
			for (int p = 1; p <= 30; p++) {
				a.add(row("0301", "2026-%02d".formatted(month), "01", "A%07d".formatted(p), 5000));
				b.add(row("0301", "2026-%02d".formatted(month), "08", "B%07d".formatted(p), 4000));
			}
		}
		b.add(row("0301", "2026-01", "08", "A0000001", 1000));
		Path fileA = write("oslo-a.csv", a);
		Path fileB = write("oslo-b.csv", b);

		RunOutcome both = annual("2026", dir.resolve("both"), List.of(), fileA, fileB);

		assertThat(both.succeeded()).as(both.message()).isTrue();
		assertThat(both.count("summary.facts")).isEqualTo(721);
		assertThat(recipients(dir.resolve("both"), "0301", "2026")).isEqualTo("60");
		assertThat(recipients(dir.resolve("both"), "030101", "2026")).isEqualTo("30");
		assertThat(both.deliveries()).extracting(RunDeliveries.Delivery::file).containsExactly("oslo-a.csv", "oslo-b.csv");
		assertThat(both.deliveries()).allSatisfy((d) -> {
			assertThat(d.municipalities()).containsExactly("0301");
			assertThat(d.months()).hasSize(12).startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
			assertThat(d.before()).isZero();
			assertThat(d.after()).isEqualTo(721);
		});
		assertThat(both.coverage()).containsExactly(new RunDeliveries.Coverage("0301", 2026,
				List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));

		RunOutcome again = importRun(List.of(), fileA);

		assertThat(again.succeeded()).as(again.message()).isTrue();
		assertThat(again.deliveries()).singleElement().satisfies((d) -> {
			assertThat(d.before()).isEqualTo(721);
			assertThat(d.after()).isEqualTo(360);
		});
		assertThat(personMonths("0301", 2026)).isEqualTo(360);
	}

	@Test
	void aStrayRowDoesNotReplaceItsMonthUnlessAsked() throws IOException {
		List<String> may = new ArrayList<>(List.of(HEADER));
		for (int p = 1; p <= 40; p++) {
			may.add(row("4601", "2024-05", "", "M%07d".formatted(p), 3000));
		}
		List<String> january = new ArrayList<>(List.of(HEADER));
		for (int p = 1; p <= 199; p++) {
			january.add(row("4601", "2025-01", "", "N%07d".formatted(p), 3000));
		}
		january.add(11, row("4601", "2024-05", "", "N0000011", 3000));
		Path mayFile = write("bergen-2024-05.csv", may);
		Path januaryFile = write("bergen-2025-01.csv", january);
		assertThat(importRun(List.of(), mayFile).succeeded()).isTrue();

		RunOutcome stray = importRun(List.of(), januaryFile);

		assertThat(stray.succeeded()).as(stray.message()).isTrue();
		assertThat(stray.count("summary.lines")).isEqualTo(200);
		assertThat(stray.count("summary.rejected")).isEqualTo(1);
		assertThat(stray.deliveries()).singleElement().satisfies((d) -> {
			assertThat(d.months()).containsExactly(YearMonth.of(2025, 1));
			assertThat(d.strayMonths()).containsExactly(YearMonth.of(2024, 5));
			assertThat(d.strayRows()).isEqualTo(1);
		});
		assertThat(Files.readString(dir.resolve("import/avvist.csv"))).contains("bergen-2025-01.csv,12,Linje 12: "
				+ "PERIODE 2024-05 ligger utenfor filens periode 2025-01; bruk --replace-months 2024-05 for å erstatte "
				+ "den måneden");
		assertThat(personMonths("4601", 2024)).isEqualTo(40);
		assertThat(personMonths("4601", 2025)).isEqualTo(199);

		RunOutcome asked = importRun(List.of(YearMonth.of(2024, 5)), januaryFile);

		assertThat(asked.count("summary.rejected")).isZero();
		assertThat(asked.deliveries()).singleElement().satisfies((d) -> {
			assertThat(d.months()).containsExactly(YearMonth.of(2024, 5), YearMonth.of(2025, 1));
			assertThat(d.before()).isEqualTo(40 + 199);
		});
		assertThat(personMonths("4601", 2024)).isEqualTo(1);
	}

	@Test
	void aYearsExtractIsNotStrayAndAFewRowsOfTheYearBeforeAre() throws IOException {
		List<String> year = new ArrayList<>(List.of(HEADER));
		for (int month = 1; month <= 12; month++) {
			for (int p = 1; p <= 10; p++) {
				year.add(row("5001", "2025-%02d".formatted(month), "", "T%07d".formatted(p + month), 1000));
			}
		}
		year.add(row("5001", "2024-12", "", "T0000001", 1000));

		RunOutcome run = importRun(List.of(), write("trondheim-2025.csv", year));

		assertThat(run.deliveries()).singleElement().satisfies((d) -> {
			assertThat(d.months()).hasSize(12);
			assertThat(d.strayMonths()).containsExactly(YearMonth.of(2024, 12));
		});
		assertThat(Files.readString(dir.resolve("import/avvist.csv")))
			.contains("PERIODE 2024-12 ligger utenfor filens periode 2025;");
	}

	@Test
	void openQuotesNulLinesWrongFieldCountsAndACutLastLineRejectOnlyTheirOwnLines() throws IOException {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int p = 1; p <= 199; p++) {
			lines.add(row("1103", "2025-02", "", "S%07d".formatted(p), 2000));
		}
		lines.set(10, lines.get(10).replace(";SB1;", ";\"SB1 åpnet;"));
		lines.set(198, lines.get(198).replace(";SB1;", ";SB1 lukket\";"));
		lines.set(49, "\u0000".repeat(40));
		lines.set(99, lines.get(99) + ";ekstra");
		String cut = row("1103", "2025-02", "", "S0000200", 2000);
		Path file = dir.resolve("stavanger-cut.csv");
		Files.writeString(file, String.join("\n", lines) + "\n" + cut.substring(0, cut.lastIndexOf(';')),
				StandardCharsets.UTF_8);

		RunOutcome run = importRun(List.of(), file);

		assertThat(run.succeeded()).as(run.message()).isTrue();
		assertThat(run.count("summary.lines")).as("every line after the header is counted").isEqualTo(200);
		assertThat(run.count("summary.rejected")).isEqualTo(4);
		assertThat(run.count("summary.facts")).isEqualTo(196);
		assertThat(run.deliveries()).singleElement().satisfies((d) -> assertThat(d.cutAfterLine()).isEqualTo(200));
		String rejects = Files.readString(dir.resolve("import/avvist.csv"));
		assertThat(rejects).contains("stavanger-cut.csv,11,Linje 11: et anførselstegn på linjen lukkes ikke",
				"stavanger-cut.csv,50,Linje 50: linjen inneholder NUL-tegn",
				"stavanger-cut.csv,100,\"Linje 100: raden har 19 felt, overskriften har 18\"",
				"stavanger-cut.csv,201,\"Linje 201: raden har 17 felt, overskriften har 18; filen ser ut til å være "
						+ "kuttet etter linje 200\"");

		ControlReport.Result validated = new ControlReport().run(file, OptionalInt.empty(), null, dir.resolve("validate"));

		assertThat(validated.cutAfterLine()).isEqualTo(200);
		assertThat(validated.summary().exitCode()).as("a cut file cannot be sent").isNotZero();
	}

	@Test
	void aCut11fFileSaysWhereItWasCut() throws IOException {
		List<String> records = new ArrayList<>();
		for (int p = 1; p <= 3; p++) {
			records.add(ElevenFTestRecords.line(2025, Map.of(ElevenFField.KOMMUNE_NR, "1108", ElevenFField.BYDELSNR, "",
					ElevenFField.PERSON_FODSELSNR, "", ElevenFField.PERSON_JOURNALNR, "C%07d".formatted(p))));
		}
		Path file = dir.resolve("sandnes-cut.dat");
		Files.writeString(file, records.get(0) + "\n" + records.get(1) + "\n" + records.get(2).substring(0, 200),
				StandardCharsets.UTF_8);

		RunOutcome run = importRun(List.of(), file);

		assertThat(run.count("summary.lines")).isEqualTo(3);
		assertThat(run.count("summary.rejected")).isEqualTo(1);
		assertThat(run.deliveries()).singleElement().satisfies((d) -> assertThat(d.cutAfterLine()).isEqualTo(2));
		assertThat(ExtractReaders.cutAfterLine(file)).isEqualTo(2);
	}

	@Test
	void anUnknownMunicipalityIsRejectedAndAnUnknownDistrictCountsWithinItsMunicipality() throws IOException {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int p = 1; p <= 20; p++) {
			lines.add(row("0301", "2027-03", "01", "K%07d".formatted(p), 2000));
		}
		lines.add(row("9999", "2027-03", "01", "K0000021", 2000));
		lines.add(row("0301", "2027-03", "19840058", "K0000022", 2000));
		lines.add(row("0301", "2027-03", "|", "K0000023", 2000));
		lines.add(row("0301", "2027-03", "99", "K0000024", 2000));
		lines.add(row("0788", "2027-03", "", "K0000025", 2000));

		RunOutcome run = annual("2027", dir.resolve("regions"), List.of(), write("oslo-2027.csv", lines));

		assertThat(run.succeeded()).as(run.message()).isTrue();
		assertThat(run.count("summary.rejected")).isEqualTo(2);
		assertThat(Files.readString(dir.resolve("regions/avvist.csv")))
			.contains("oslo-2027.csv,22,\"Linje 22: feltet KOMMUNE_NR har '9999', som ikke er et kommunenummer i 2027; "
					+ "linjen telles ikke (rett kommunenummeret og les inn filen på nytt)\"")
			.contains("oslo-2027.csv,26,\"Linje 26: feltet KOMMUNE_NR har '0788', som ikke er et kommunenummer i 2027; "
					+ "linjen telles ikke (rett kommunenummeret og les inn filen på nytt)\"");
		List<Cell> cells = new StatisticsCsvReader().read(dir.resolve("regions/statistics.csv"));
		assertThat(cells).extracting(Cell::region)
			.allMatch((region) -> region.equals("0301") || region.equals("030101") || region.startsWith("group:"));
		assertThat(recipients(dir.resolve("regions"), "0301", "2027")).isEqualTo("23");
		assertThat(recipients(dir.resolve("regions"), "030101", "2027")).isEqualTo("20");
		assertThat(run.summary().municipalities()).doesNotContain("9999", "0788");
	}

	@Test
	void aRunWhoseEveryLineIsRejectedFailsAsARefusedInputWithTheFirstReason() throws IOException {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int p = 1; p <= 5; p++) {
			lines.add(row("9998", "2029-03", "01", "R%07d".formatted(p), 2000));
		}
		Path file = write("wrong-2029.csv", lines);

		RunOutcome run = annual("2029", dir.resolve("all-rejected"), List.of(), file);

		assertThat(run.succeeded()).isFalse();
		assertThat(run.failureKind()).isEqualTo(RunFailure.Kind.INPUT);
		assertThat(run.message()).isEqualTo("Every one of the 5 lines of the files given was rejected, so there is "
				+ "nothing to count for 2029; the first: Linje 2: feltet KOMMUNE_NR har '9998', som ikke er et "
				+ "kommunenummer i 2029; linjen telles ikke (rett kommunenummeret og les inn filen på nytt). Correct the "
				+ "files and run again ('./kostra import FILE --rejects DIR' lists every line's reason in DIR/avvist.csv).");

		RunOutcome imported = importRun(List.of(), file);
		assertThat(imported.succeeded()).isTrue();
		assertThat(imported.deliveries()).singleElement().satisfies((d) -> {
			assertThat(d.allRejected()).isTrue();
			assertThat(d.lines()).isEqualTo(5);
			assertThat(d.rejected()).isEqualTo(5);
		});
	}

	private RunOutcome annual(String year, Path out, List<YearMonth> replace, Path... files) {
		return this.runner.run("annual", new RunParameters(year, List.of(files), out, DisclosureMode.INTERNAL, Lang.NB,
				null, 3, List.of(), List.of("statistics.csv"), List.of()).replacing(replace));
	}

	private RunOutcome importRun(List<YearMonth> replace, Path... files) {
		return this.runner.run("import", RunParameters
			.of("import " + System.nanoTime(), List.of(files), dir.resolve("import"), DisclosureMode.INTERNAL, Lang.NB,
					null, 3)
			.replacing(replace));
	}

	private long personMonths(String municipality, int year) {
		AtomicLong count = new AtomicLong();
		this.store.forEachPerson(municipality, year, (facts) -> count.addAndGet(facts.size()));
		return count.get();
	}

	private static String recipients(Path out, String region, String period) throws IOException {
		return new StatisticsCsvReader().read(out.resolve("statistics.csv"))
			.stream()
			.filter((c) -> c.tableId().equals("key_figures") && c.region().equals(region) && c.period().equals(period)
					&& c.measure().equals("recipients"))
			.map((c) -> c.value().stripTrailingZeros().toPlainString())
			.findFirst()
			.orElse("none");
	}

	static String row(String municipality, String period, String district, String journal, long bidrag) {
		return String.join(";", municipality, period, district, "", "", journal, "01061980", "1", "1", "0", "5", "12",
				"07", "1", "NO", "SB1", String.valueOf(bidrag), "0");
	}

	private static Path write(String name, List<String> lines) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

}
