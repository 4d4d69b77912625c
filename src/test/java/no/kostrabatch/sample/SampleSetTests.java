package no.kostrabatch.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.PersonYears;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.validation.ElevenFValidator;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample set of PRODUCT.md, generated once with the demo's seed. */
class SampleSetTests {

	private static final Pseudonymiser KEY = new Pseudonymiser("sample set test key 0123456789".getBytes());

	@TempDir
	static Path dir;

	static SampleSet set;

	@BeforeAll
	static void generate() throws IOException {
		set = new SampleGenerator(20250101L).writeSampleSet(dir);
	}

	@Test
	void monthlyExtractsElevenFFilesAndPopulation() {
		assertThat(set.csvFiles()).hasSize(96);
		assertThat(set.csvFiles(2025)).hasSize(48).contains(dir.resolve("csv/0301-2025-03.csv"));
		assertThat(set.csvFiles("4601", 2024)).hasSize(12).startsWith(dir.resolve("csv/4601-2024-01.csv"));
		assertThat(set.elevenF(2024)).containsExactly(dir.resolve("11f/0301-2024.11f"), dir.resolve("11f/1103-2024.11f"),
				dir.resolve("11f/4601-2024.11f"), dir.resolve("11f/5001-2024.11f"));
		assertThat(set.elevenF("5001", 2025)).contains(dir.resolve("11f/5001-2025.11f"));
		assertThat(set.population()).isEqualTo(dir.resolve("population.csv"));
		assertThat(set.csvFiles()).allMatch(Files::isRegularFile);
	}

	@Test
	void aFolderWithTheSetIsDescribedAsWritten() throws IOException {
		assertThat(new SampleGenerator(1).describeSampleSet(dir)).isEqualTo(set);
	}

	@Test
	void everyElevenFFilePassesTheErrorRulesOfItsYear() throws IOException {
		Map<String, Long> records = new LinkedHashMap<>();
		for (Path file : set.elevenFFiles()) {
			ValidationSummary summary = new ElevenFValidator().validate(file, OptionalInt.empty(), null, (f) -> {
			});
			assertThat(summary.count(Severity.ERROR) + summary.count(Severity.FATAL)).as(file.toString()).isZero();
			records.put(file.getFileName().toString(), summary.records());
		}
		assertThat(records).containsExactly(Map.entry("0301-2024.11f", 20_000L), Map.entry("0301-2025.11f", 19_450L),
				Map.entry("1103-2024.11f", 4_000L), Map.entry("1103-2025.11f", 3_890L),
				Map.entry("4601-2024.11f", 7_000L), Map.entry("4601-2025.11f", 6_820L),
				Map.entry("5001-2024.11f", 4_000L), Map.entry("5001-2025.11f", 4_120L));
	}

	@Test
	void noDuplicatesInAYearAndAboutHalfOfTheSecondYearsRecipientsRecur() throws IOException {
		Map<String, Integer> recurring = new LinkedHashMap<>();
		for (String municipality : List.of("0301", "4601", "5001", "1103")) {
			Set<String> first = numbers(municipality, 2024);
			Set<String> second = numbers(municipality, 2025);
			second.retainAll(first);
			recurring.put(municipality, second.size());
		}
		assertThat(recurring).containsExactly(Map.entry("0301", 8752), Map.entry("4601", 3069), Map.entry("5001", 1854),
				Map.entry("1103", 1750));
	}

	@Test
	void osloHasItsFifteenDistrictsAndTheOtherCitiesNone() throws IOException {
		Set<String> districts = new TreeSet<>();
		List<ElevenFRecord> oslo = SampleFiles.records(dir.resolve("11f/0301-2025.11f"), 2025);
		oslo.forEach((r) -> districts.add(r.raw(ElevenFField.BYDELSNR)));
		assertThat(districts).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
				"14", "15");
		assertThat(SampleFiles.csvRows(dir.resolve("csv/4601-2025-06.csv"))).allMatch((r) -> r.get("BYDELSNR").isEmpty());
	}

	@ParameterizedTest
	@CsvSource({ "1103, 2025, 3890", "0301, 2024, 20000" })
	void theCsvExtractsAndTheElevenFFileGiveTheSameStatistics(String municipality, int year, String recipients)
			throws IOException {
		List<Path> csv = set.csvFiles(municipality, year);
		Map<String, String> fromCsv = statistics(csv);
		Map<String, String> from11f = statistics(List.of(set.elevenF(municipality, year).orElseThrow()));

		assertThat(csv).hasSize(12);
		assertThat(from11f).hasSameSizeAs(fromCsv).isEqualTo(fromCsv);
		assertThat(fromCsv).containsEntry("key_figures|" + municipality + "||recipients", recipients);
	}

	@Test
	void thePopulationIsTheCommittedFile() throws IOException {
		assertThat(Files.readString(set.population())).isEqualTo(Files.readString(Path.of("sample-data/population.csv")));
		Map<String, Long> totals = new TreeMap<>();
		for (String line : Files.readAllLines(set.population()).subList(1, 1617)) {
			String[] f = line.split(";");
			totals.merge(f[0] + "-" + f[1], Long.parseLong(f[4]), Long::sum);
		}
		assertThat(totals).containsExactly(Map.entry("0301-2024", 717_004L), Map.entry("0301-2025", 722_729L),
				Map.entry("1103-2024", 148_005L), Map.entry("1103-2025", 149_178L), Map.entry("4601-2024", 290_988L),
				Map.entry("4601-2025", 293_316L), Map.entry("5001-2024", 214_000L), Map.entry("5001-2025", 215_719L));
	}

	private static Set<String> numbers(String municipality, int year) throws IOException {
		List<ElevenFRecord> records = SampleFiles.records(dir.resolve("11f/" + municipality + "-" + year + ".11f"), year);
		Set<String> numbers = new HashSet<>();
		Set<String> journals = new HashSet<>();
		records.forEach((r) -> numbers.add(r.value(ElevenFField.PERSON_FODSELSNR)));
		records.forEach((r) -> journals.add(r.raw(ElevenFField.PERSON_JOURNALNR)));
		assertThat(numbers).hasSameSizeAs(records);
		assertThat(journals).hasSameSizeAs(records);
		return numbers;
	}

	/** Every cell except citizenship, which an 11F file does not carry. */
	private static Map<String, String> statistics(List<Path> files) throws IOException {
		Map<String, List<PersonMonth>> persons = new TreeMap<>();
		for (Path file : files) {
			try (ExtractReader reader = ExtractReaders.open(file, KEY, null)) {
				for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
					assertThat(line).isInstanceOf(ParsedLine.Facts.class);
					((ParsedLine.Facts) line).facts()
						.forEach((f) -> persons.computeIfAbsent(f.personKey(), (k) -> new ArrayList<>()).add(f));
				}
			}
		}
		Aggregator aggregator = new Aggregator(TableCatalog.load(), StatisticsSettings.defaults());
		persons.values().forEach((facts) -> PersonYears.fromMonths(facts).ifPresent(aggregator::add));
		return aggregator.cells()
			.stream()
			.filter((c) -> !c.tableId().contains("citizenship") && !c.measure().contains("foreign"))
			.collect(Collectors.toMap(
					(Cell c) -> (c.tableId() + "|" + c.region() + "|" + c.cat1() + "/" + c.cat2() + "|" + c.measure())
						.replace("|null/null|", "||"),
					(Cell c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text()));
	}

}
