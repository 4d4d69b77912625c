package no.kostrabatch.validation.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.PersonYears;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.validation.ElevenFValidator;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ElevenFExporterTests {

	static final Pseudonymiser KEY = new Pseudonymiser("export test key 0123456789".getBytes());

	@TempDir
	Path dir;

	@Test
	void theExportPassesTheRulesAndGivesTheSameStatisticsAsTheExtracts() throws IOException {
		Path csv = this.dir.resolve("oslo-2025.csv");
		new SampleGenerator(11).write("0301", 2025, 600, SampleFormat.CSV, csv);
		Path elevenF = this.dir.resolve("oslo-2025.11f");
		List<String> lines = new ArrayList<>();
		new ElevenFExporter().export(List.of(csv), 2025, (record) -> lines.add(record.line()));
		Files.write(elevenF, lines, StandardCharsets.ISO_8859_1);

		ValidationSummary summary = new ElevenFValidator().validate(elevenF, OptionalInt.empty(), null, (f) -> {
		});

		assertThat(lines).hasSize(600).allMatch((l) -> l.length() == 338);
		assertThat(summary.count(Severity.ERROR) + summary.count(Severity.FATAL)).isZero();
		Map<String, String> fromCsv = statistics(csv);
		Map<String, String> from11f = statistics(elevenF);
		assertThat(from11f).hasSameSizeAs(fromCsv).isEqualTo(fromCsv);
		assertThat(fromCsv).containsEntry("key_figures|0301||recipients", "600");
	}

	private static final String HEADER = "KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;"
			+ "FODSELSDATO;KJONN;EKTSTAT;BU18;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;GITT_OKONOMIRAD;"
			+ "FAAT_INDIVIDUELL_PLAN;SAKSBEHANDLER;VILKARSOSLOV;VILKARSAMEKT;VILKAR;UTBETDATO;UTBETTOMDATO;BIDRAG;LAAN";

	@Test
	void monthsSumsAndTheLatestMonthsAttributesInTheYearsLayout() throws IOException {
		String fnr = no.kostrabatch.validation.rules.ElevenFTestRecords.fnr(1980);
		Path csv = this.dir.resolve("bergen.csv");
		Files.write(csv, List.of(HEADER, "4601;2024-01;03;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;1000;0",
				"4601;2024-03;03;" + fnr + ";;J1;01061980;1;3;1;2;5;12;07;2;NO;1;2;SB2;1;2;08|16;2024-03-01;31032024;2000;300",
				"4601;2025-01;03;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;9999;0"),
				StandardCharsets.UTF_8);
		List<ElevenFExporter.Exported> out = new ArrayList<>();

		new ElevenFExporter().export(List.of(csv), 2024, out::add);

		assertThat(out).singleElement().satisfies((e) -> {
			assertThat(e.csvLine()).isEqualTo(3);
			no.kostrabatch.input.ElevenFRecord r = new no.kostrabatch.input.ElevenFRecord(
					no.kostrabatch.input.ElevenFLayout.forYear(2024), 1, e.line());
			assertThat(e.line()).hasSize(324);
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.BYDELSNR)).isEqualTo("  ");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.VERSION)).isEqualTo("24");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.STMND_1)).isEqualTo("01");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.STMND_2)).isEqualTo("  ");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.STMND_3)).isEqualTo("03");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.BIDRAG)).isEqualTo("0003000");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.LAAN)).isEqualTo("0000300");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.BIDRAG_MARS)).isEqualTo("0002000");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.LAAN_MARS)).isEqualTo("0000300");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.EKTSTAT)).isEqualTo("3");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.BU18)).isEqualTo("1");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.ANTBU18)).isEqualTo("02");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.SAKSBEHANDLER)).isEqualTo("SB2       ");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.UTBETDATO)).isEqualTo("010324");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.UTBETTOMDATO)).isEqualTo("310324");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.VILKARSAMT)).isEqualTo("08");
			assertThat(r.raw(no.kostrabatch.input.ElevenFField.VILKARARBEID)).isEqualTo("16");
		});
	}

	@Test
	void anAmountTooLargeForItsFieldIsAClearErrorNotATruncation() throws IOException {
		String fnr = no.kostrabatch.validation.rules.ElevenFTestRecords.fnr(1980);
		Path csv = this.dir.resolve("big.csv");
		Files.write(csv, List.of(HEADER,
				"0301;2025-01;01;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;6000000;0",
				"0301;2025-02;01;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;6000000;0"),
				StandardCharsets.UTF_8);

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new ElevenFExporter().export(List.of(csv), 2025, (e) -> {
			}))
			.isInstanceOf(no.kostrabatch.input.InputFileException.class)
			.hasMessage("Linje 2 i big.csv: BIDRAG har et beløp over 999 999 kr for én måned (verdien vises ikke); det "
					+ "regnes ikke med i 11F-posten.");
	}

	@Test
	void aMunicipalityNumberThatDoesNotExistInTheYearIsRefusedWithItsLine() throws IOException {
		String fnr = no.kostrabatch.validation.rules.ElevenFTestRecords.fnr(1980);
		Path csv = this.dir.resolve("typo.csv");
		Files.write(csv, List.of(HEADER,
				"0301;2025-01;01;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;6000;0",
				"9999;2025-02;01;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;6000;0",
				"3005;2025-03;01;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;6000;0",
				"03019;2025-04;01;" + fnr + ";;J1;01061980;1;1;2;0;5;12;07;1;NO;2;2;SB1;2;2;;;;6000;0"),
				StandardCharsets.UTF_8);
		List<ElevenFExporter.Problem> problems = new ArrayList<>();
		List<ElevenFExporter.Exported> out = new ArrayList<>();

		new ElevenFExporter(null, true).export(List.of(csv), 2025, out::add, problems::add);

		assertThat(problems).extracting(ElevenFExporter.Problem::csvLine, ElevenFExporter.Problem::message)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3L, "Linje 3: feltet KOMMUNE_NR har '9999', som ikke er et "
							+ "kommunenummer i 2025; linjen kan ikke bli en 11F-post (rett kommunenummeret i uttrekket)"),
					org.assertj.core.groups.Tuple.tuple(4L, "Linje 4: feltet KOMMUNE_NR har '3005', som ikke er et "
							+ "kommunenummer i 2025; linjen kan ikke bli en 11F-post (rett kommunenummeret i uttrekket)"),
					org.assertj.core.groups.Tuple.tuple(5L, "Linje 5: feltet KOMMUNE_NR har en verdi som ikke er et "
							+ "kommunenummer (verdien vises ikke); linjen kan ikke bli en 11F-post (rett kommunenummeret "
							+ "i uttrekket)"));
		assertThat(out).singleElement().satisfies((e) -> assertThat(e.line()).startsWith("0301"));
		List<ElevenFExporter.Exported> asDelivered = new ArrayList<>();
		new ElevenFExporter().export(List.of(csv), 2025, asDelivered::add, problems::add);
		assertThat(asDelivered).extracting((e) -> e.line().substring(0, 4)).containsExactly("0301", "9999", "3005",
				"    "); // for validate: the control rules judge them (rule 003; five digits do not fit the field)
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new ElevenFExporter(null, true).export(List.of(csv), 2025, (e) -> {
			}))
			.isInstanceOf(no.kostrabatch.input.InputFileException.class)
			.hasMessage("Linje 3 i typo.csv: feltet KOMMUNE_NR har '9999', som ikke er et kommunenummer i 2025; linjen "
					+ "kan ikke bli en 11F-post (rett kommunenummeret i uttrekket).");
	}

	/** Every cell except citizenship, which an 11F file does not carry. */
	private static Map<String, String> statistics(Path file) throws IOException {
		Map<String, List<PersonMonth>> persons = new TreeMap<>();
		try (ExtractReader reader = ExtractReaders.open(file, KEY, null)) {
			for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
				if (line instanceof ParsedLine.Facts facts) {
					facts.facts().forEach((f) -> persons.computeIfAbsent(f.personKey(), (k) -> new ArrayList<>()).add(f));
				}
			}
		}
		Aggregator aggregator = new Aggregator(TableCatalog.load(), StatisticsSettings.defaults());
		persons.values().forEach((facts) -> PersonYears.fromMonths(facts).ifPresent(aggregator::add));
		return aggregator.cells()
			.stream()
			.filter((c) -> !c.tableId().contains("citizenship") && !c.measure().contains("foreign"))
			.collect(Collectors.toMap((Cell c) -> c.tableId() + "|" + c.region() + "|" + c.cat1() + "/" + c.cat2() + "|"
					+ c.measure(), (Cell c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap((e) -> e.getKey().replace("|null/null|", "||"), Map.Entry::getValue));
	}

}
