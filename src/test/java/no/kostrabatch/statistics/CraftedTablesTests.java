package no.kostrabatch.statistics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.input.ParsedLine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cell of every table of the catalogue for the crafted extract ({@link CraftedExtract}), worked
 * out by hand from its ten recipients: read as the import reads it, person-years as SSB derives them,
 * counted by the one engine. Expected cells are written as {@code code=value}; a table's cells not
 * listed for a two-dimension table are 0.
 */
class CraftedTablesTests {

	static final String OSLO = "0301";

	@TempDir
	static Path dir;

	static Map<String, String> cells;

	static List<ParsedLine.Rejected> rejected;

	@BeforeAll
	static void aggregate() throws IOException {
		Engine.Counted counted = Engine.count(CraftedExtract.write(dir.resolve("crafted.csv")));
		assertThat(counted.lines()).isEqualTo(CraftedExtract.LINES);
		rejected = counted.rejected();
		cells = new LinkedHashMap<>();
		for (Cell cell : counted.cells()) {
			String key = String.join("|", cell.tableId(), cell.region(), String.valueOf(cell.cat1()),
					String.valueOf(cell.cat2()), cell.measure());
			cells.put(key, cell.hasValue() ? cell.value().toPlainString() : cell.symbol().text());
		}
	}

	@Test
	void unreadableLinesAreRejectedWithTheirLineNumber() {
		assertThat(rejected).extracting(ParsedLine.Rejected::lineNumber).containsExactly(55L, 56L);
		assertThat(rejected).allSatisfy((r) -> CraftedExtract.IDENTIFIERS
			.forEach((id) -> assertThat(r.reason()).doesNotContain(id)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			recipients_by_age | recipients | total=10 0-17=1 18-24=2 25-29=1 30-39=1 40-49=1 50-59=1 60-66=1 67+=1 unknown=1
			recipients_by_age | percent | total=100.0 0-17=11.1 18-24=22.2 25-29=11.1 30-39=11.1 40-49=11.1 50-59=11.1 60-66=11.1 67+=11.1 unknown=.
			recipients_by_age_ssb | recipients | total=10 0-19=2 20-24=1 25-29=1 30-39=1 40-49=1 50-59=1 60-66=1 67+=1 unknown=1
			recipients_by_age_ssb | percent | total=100.0 0-19=22.2 20-24=11.1 25-29=11.1 30-39=11.1 40-49=11.1 50-59=11.1 60-66=11.1 67+=11.1 unknown=.
			recipients_by_age_ssb | per_1000 | total=.. 0-19=.. 20-24=.. 25-29=.. 30-39=.. 40-49=.. 50-59=.. 60-66=.. 67+=.. unknown=..
			recipients_by_gender | recipients | total=10 1=5 2=4 unknown=1
			recipients_by_gender | percent | total=100.0 1=55.6 2=44.4 unknown=.
			recipients_by_civil_status | recipients | total=10 1=4 2=1 3=1 4=2 5=1 unknown=1
			recipients_by_civil_status | percent | total=100.0 1=44.4 2=11.1 3=11.1 4=22.2 5=11.1 unknown=.
			recipients_by_citizenship | recipients | total=10 NO=5 foreign=3 unknown=2
			recipients_by_citizenship | percent | total=100.0 NO=62.5 foreign=37.5 unknown=.
			recipients_by_citizenship_group | recipients | total=10 NO=5 group1=2 group2=1 unknown=2
			recipients_by_citizenship_group | percent | total=100.0 NO=62.5 group1=25.0 group2=12.5 unknown=.
			recipients_by_children | recipients | total=10 0=6 1=0 2=1 3=1 4=0 5=0 6+=1 unknown=1
			recipients_by_children | percent | total=100.0 0=66.7 1=0.0 2=11.1 3=11.1 4=0.0 5=0.0 6+=11.1 unknown=.
			recipients_by_children | children | total=12 0=0 1=0 2=2 3=3 4=0 5=0 6+=7 unknown=0
			recipients_by_income_source | recipients | total=10 1=1 2=1 3=2 4=1 5=2 6=1 7=0 8=0 9=1 unknown=1
			recipients_by_income_source | percent | total=100.0 1=11.1 2=11.1 3=22.2 4=11.1 5=22.2 6=11.1 7=0.0 8=0.0 9=11.1 unknown=.
			recipients_by_benefit_type | recipients | total=10 01=0 02=1 04=1 05=1 06=0 07=1 09=0 10=1 11=0 12=3 13=1 unknown=1
			recipients_by_benefit_type | percent | total=100.0 01=0.0 02=11.1 04=11.1 05=11.1 06=0.0 07=11.1 09=0.0 10=11.1 11=0.0 12=33.3 13=11.1 unknown=.
			recipients_by_benefit_type_trygd | recipients | total=2 01=0 02=0 04=1 05=0 06=0 07=1 09=0 10=0 11=0 12=0 13=0 unknown=0
			recipients_by_benefit_type_trygd | percent | total=100.0 01=0.0 02=0.0 04=50.0 05=0.0 06=0.0 07=50.0 09=0.0 10=0.0 11=0.0 12=0.0 13=0.0 unknown=.
			recipients_by_work_situation | recipients | total=10 01=0 02=1 03=1 04=2 05=1 06=0 07=1 08=1 09=1 10=1 unknown=1
			recipients_by_work_situation | percent | total=100.0 01=0.0 02=11.1 03=11.1 04=22.2 05=11.1 06=0.0 07=11.1 08=11.1 09=11.1 10=11.1 unknown=.
			recipients_by_housing | recipients | total=10 1=3 2=2 3=1 4=1 5=1 6=1 unknown=1
			recipients_by_housing | percent | total=100.0 1=33.3 2=22.2 3=11.1 4=11.1 5=11.1 6=11.1 unknown=.
			recipients_by_months | recipients | total=10 1=2 2=3 3=0 4=0 5=1 6=1 7=1 8=0 9=0 10=1 11=0 12=1
			recipients_by_months | percent | total=100.0 1=20.0 2=30.0 3=0.0 4=0.0 5=10.0 6=10.0 7=10.0 8=0.0 9=0.0 10=10.0 11=0.0 12=10.0
			recipients_by_months | mean_months | total=4.8
			recipients_by_duration_band | recipients | total=10 1=2 2-3=3 4-5=1 6-9=2 10-11=1 12=1
			recipients_by_duration_band | percent | total=100.0 1=20.0 2-3=30.0 4-5=10.0 6-9=20.0 10-11=10.0 12=10.0
			recipients_by_long_term | recipients | total=10 yes=4 no=6
			recipients_by_long_term | percent | total=100.0 yes=40.0 no=60.0
			recipients_by_district | recipients | total=10 01=2 02=3 03=2 04=2 unknown=1
			recipients_by_district | percent | total=100.0 01=22.2 02=33.3 03=22.2 04=22.2 unknown=.
			recipients_by_amount_band | recipients | total=10 1-9999=5 10000-49999=3 50000-99999=0 100000-149999=1 150000+=1 unknown=0
			recipients_by_amount_band | percent | total=100.0 1-9999=50.0 10000-49999=30.0 50000-99999=0.0 100000-149999=10.0 150000+=10.0 unknown=.
			""")
	void everyCellOfTheOneDimensionTables(String table, String measure, String expected) {
		assertThat(column(table, OSLO, measure)).isEqualTo(parse(expected));
	}

	@Test
	void everyCellOfMonthsByFamilyPhase() {
		assertGrid("months_by_family_phase", "recipients", """
				EM-19|2=1 EK-19|6=1 EM45-66|12=1 EK67+|1=1 PB|10=1 unknown|1=1 unknown|2=1 EBK|5=1 PU|2=1 EBM|7=1
				EM|2=1 EM|12=1 EK|6=1 EK|1=1 EB|5=1 EB|7=1
				EM-19|total=1 EK-19|total=1 EM45-66|total=1 EK67+|total=1 PB|total=1 unknown|total=2 EBK|total=1
				PU|total=1 EBM|total=1 EM|total=2 EK|total=2 EB|total=2
				total|1=2 total|2=3 total|5=1 total|6=1 total|7=1 total|10=1 total|12=1 total|total=10
				""");
		assertThat(row("months_by_family_phase", "mean_months", "total")).isEqualTo(parse("""
				total=4.8 EM=7.0 EM-19=2.0 EM20-24=. EM25-44=. EM45-66=12.0 EM67+=. EK=3.5 EK-19=6.0 EK20-24=. EK25-44=.
				EK45-66=. EK67+=1.0 EB=6.0 EBM=7.0 EBK=5.0 PU=2.0 PB=10.0 unknown=1.5
				"""));
	}

	@Test
	void everyCellOfIncomeSourceByFamilyPhase() {
		assertGrid("income_source_by_family_phase", "recipients", """
				EM-19|5=1 EK-19|5=1 EM45-66|3=1 EK67+|3=1 PB|6=1 unknown|9=1 unknown|unknown=1 EBK|1=1 PU|2=1 EBM|4=1
				EM|5=1 EM|3=1 EK|5=1 EK|3=1 EB|1=1 EB|4=1
				EM-19|total=1 EK-19|total=1 EM45-66|total=1 EK67+|total=1 PB|total=1 unknown|total=2 EBK|total=1
				PU|total=1 EBM|total=1 EM|total=2 EK|total=2 EB|total=2
				total|1=1 total|2=1 total|3=2 total|4=1 total|5=2 total|6=1 total|9=1 total|unknown=1 total|total=10
				""");
	}

	@Test
	void everyCellOfWorkSituationByFamilyPhase() {
		assertGrid("work_situation_by_family_phase", "recipients", """
				EM-19|03=1 EK-19|07=1 EM45-66|04=1 EK67+|04=1 PB|09=1 unknown|08=1 unknown|unknown=1 EBK|02=1 PU|05=1
				EBM|10=1 EM|03=1 EM|04=1 EK|07=1 EK|04=1 EB|02=1 EB|10=1
				EM-19|total=1 EK-19|total=1 EM45-66|total=1 EK67+|total=1 PB|total=1 unknown|total=2 EBK|total=1
				PU|total=1 EBM|total=1 EM|total=2 EK|total=2 EB|total=2
				total|02=1 total|03=1 total|04=2 total|05=1 total|07=1 total|08=1 total|09=1 total|10=1 total|unknown=1
				total|total=10
				""");
	}

	@Test
	void everyCellOfBenefitTypeByFamilyPhase() {
		assertGrid("benefit_type_by_family_phase", "recipients", """
				EM-19|12=1 EK-19|12=1 EM45-66|04=1 EK67+|07=1 PB|13=1 unknown|12=1 unknown|unknown=1 EBK|05=1 PU|02=1
				EBM|10=1 EM|12=1 EM|04=1 EK|12=1 EK|07=1 EB|05=1 EB|10=1
				EM-19|total=1 EK-19|total=1 EM45-66|total=1 EK67+|total=1 PB|total=1 unknown|total=2 EBK|total=1
				PU|total=1 EBM|total=1 EM|total=2 EK|total=2 EB|total=2
				total|02=1 total|04=1 total|05=1 total|07=1 total|10=1 total|12=3 total|13=1 total|unknown=1 total|total=10
				""");
	}

	@Test
	void everyCellOfIncomeSourceByAge() {
		assertGrid("income_source_by_age", "recipients", """
				0-17|5=1 18-24|5=1 18-24|4=1 25-29|2=1 30-39|6=1 40-49|1=1 50-59|unknown=1 60-66|3=1 67+|3=1 unknown|9=1
				0-17|total=1 18-24|total=2 25-29|total=1 30-39|total=1 40-49|total=1 50-59|total=1 60-66|total=1
				67+|total=1 unknown|total=1
				total|1=1 total|2=1 total|3=2 total|4=1 total|5=2 total|6=1 total|9=1 total|unknown=1 total|total=10
				""");
	}

	@Test
	void paymentsPerSupportMonthByFamilyPhase() {
		assertGrid("nok_per_month_by_family_phase", "recipients", """
				EM-19|2=1 EK-19|6=1 EM45-66|12=1 EK67+|1=1 PB|10=1 unknown|1=1 unknown|2=1 EBK|5=1 PU|2=1 EBM|7=1
				EM|2=1 EM|12=1 EK|6=1 EK|1=1 EB|5=1 EB|7=1
				EM-19|total=1 EK-19|total=1 EM45-66|total=1 EK67+|total=1 PB|total=1 unknown|total=2 EBK|total=1
				PU|total=1 EBM|total=1 EM|total=2 EK|total=2 EB|total=2
				total|1=2 total|2=3 total|5=1 total|6=1 total|7=1 total|10=1 total|12=1 total|total=10
				""");
		Map<String, String> paid = parse("""
				EM-19|2=3000 EK-19|6=5000 EM45-66|12=8500 EK67+|1=4000 PB|10=15000 unknown|1=2000 unknown|2=4500
				EBK|5=6000 PU|2=3500 EBM|7=7000 EM|2=3000 EM|12=8500 EK|6=5000 EK|1=4000 EB|5=6000 EB|7=7000
				EM|total=7714 EK|total=4857 EB|total=6583 unknown|total=3667 EM-19|total=3000 EM45-66|total=8500
				EK-19|total=5000 EK67+|total=4000 PB|total=15000 EBK|total=6000 PU|total=3500 EBM|total=7000
				total|1=3000 total|2=3667 total|5=6000 total|6=5000 total|7=7000 total|10=15000 total|12=8500
				total|total=8104
				""");
		Map<String, String> actual = grid("nok_per_month_by_family_phase", "nok_per_month");
		actual.forEach((key, value) -> assertThat(value).as(key).isEqualTo(paid.getOrDefault(key, ".")));
		assertThat(actual.keySet()).containsAll(paid.keySet());
	}

	@Test
	void everyKeyFigure() {
		assertThat(keyFigures(OSLO)).isEqualTo(parse("""
				recipients=10 recipients_18_24=2 recipients_25_66=5 recipients_18_66=7 share_pop_18_66=.. share_pop_18_24=..
				share_pop_25_66=.. per_1000_pop=.. main_income_sa=2 share_main_income_sa=22.2 long_term=4
				share_long_term=40.0 long_term_main_income_sa=1 share_long_term_main_income_sa=10.0 months_10_12=2
				share_months_10_12=20.0 full_year=1 share_full_year=10.0 mean_months=4.8 mean_months_18_24=6.5
				mean_months_25_66=6.2 mean_months_main_income_sa=4.0 support_months=48 nok=389000 nok_bidrag=381000
				nok_laan=8000 nok_per_recipient=38900 nok_per_month=8104 providers=3 children=12 foreign=3
				share_foreign=37.5
				"""));
	}

	@ParameterizedTest(name = "district {0}")
	@CsvSource(delimiter = '|', textBlock = """
			030101 | recipients=2 support_months=8 nok=36000 long_term=1 | total=2 1=1 2=1 unknown=0
			030102 | recipients=3 support_months=15 nok=115000 long_term=1 | total=3 1=1 2=1 unknown=1
			030103 | recipients=2 support_months=12 nok=157000 long_term=1 | total=2 1=2 2=0 unknown=0
			030104 | recipients=2 support_months=12 nok=79000 long_term=1 | total=2 1=1 2=1 unknown=0
			""")
	void aPersonCountsOnceInTheDistrictOfTheLatestMonth(String district, String keyFigures, String byGender) {
		Map<String, String> expected = parse(keyFigures);
		Map<String, String> actual = keyFigures(district);
		expected.forEach((measure, value) -> assertThat(actual).containsEntry(measure, value));
		assertThat(column("recipients_by_gender", district, "recipients")).isEqualTo(parse(byGender));
		assertThat(column("recipients_by_district", district, "recipients"))
			.isEqualTo(parse("total=" + expected.get("recipients") + " " + district.substring(4) + "="
					+ expected.get("recipients")));
	}

	@Test
	void theLongTermThresholdIsASetting() throws IOException {
		Path file = CraftedExtract.write(dir.resolve("threshold.csv"));
		Engine.Counted counted = Engine.count(file, new StatisticsSettings(10));
		Map<String, String> values = new LinkedHashMap<>();
		counted.cells()
			.stream()
			.filter((c) -> c.region().equals(OSLO) && (c.tableId().equals("recipients_by_long_term")
					|| c.tableId().equals("key_figures") && c.measure().startsWith("long_term")))
			.forEach((c) -> values.put(c.tableId() + "|" + c.cat1() + "|" + c.measure(), c.value().toPlainString()));
		assertThat(values).containsEntry("recipients_by_long_term|yes|recipients", "2")
			.containsEntry("recipients_by_long_term|no|recipients", "8")
			.containsEntry("key_figures|null|long_term", "2")
			.containsEntry("key_figures|null|long_term_main_income_sa", "0");
	}

	@Test
	void rowsThatPayNothingMakeNoRecipientAndNoRegion() {
		assertThat(cells.keySet()).noneMatch((key) -> key.contains("|030105|"));
		assertThat(cells.keySet().stream().map((key) -> key.split("\\|")[1]).distinct())
			.containsExactlyInAnyOrder(OSLO, "030101", "030102", "030103", "030104");
	}

	private static Map<String, String> column(String table, String region, String measure) {
		return select((k) -> k[0].equals(table) && k[1].equals(region) && k[4].equals(measure), (k) -> k[2]);
	}

	private static Map<String, String> row(String table, String measure, String cat2) {
		return select((k) -> k[0].equals(table) && k[1].equals(OSLO) && k[3].equals(cat2) && k[4].equals(measure),
				(k) -> k[2]);
	}

	private static Map<String, String> grid(String table, String measure) {
		return select((k) -> k[0].equals(table) && k[1].equals(OSLO) && k[4].equals(measure), (k) -> k[2] + "|" + k[3]);
	}

	/** The cells whose key parts (table, region, cat1, cat2, measure) pass, named by a part of their key. */
	private static Map<String, String> select(java.util.function.Predicate<String[]> keep,
			java.util.function.Function<String[], String> name) {
		Map<String, String> result = new LinkedHashMap<>();
		cells.forEach((key, value) -> {
			String[] k = key.split("\\|");
			if (keep.test(k)) {
				result.put(name.apply(k), value);
			}
		});
		return result;
	}

	private static void assertGrid(String table, String measure, String nonZero) {
		Map<String, String> expected = parse(nonZero);
		Map<String, String> actual = grid(table, measure);
		TableCatalog catalog = TableCatalog.load();
		TableDefinition definition = catalog.requireTable(table);
		int size = catalog.dimension(definition.dim1()).categories().size()
				* catalog.dimension(definition.dim2()).categories().size();
		assertThat(actual).as(table + " has a cell for every pair of categories").hasSize(size);
		actual.forEach((key, value) -> assertThat(value).as(table + " " + key).isEqualTo(expected.getOrDefault(key, "0")));
		assertThat(actual.keySet()).containsAll(expected.keySet());
	}

	private static Map<String, String> keyFigures(String region) {
		return select((k) -> k[0].equals("key_figures") && k[1].equals(region), (k) -> k[4]);
	}

	private static Map<String, String> parse(String text) {
		Map<String, String> result = new LinkedHashMap<>();
		for (String pair : text.trim().split("\\s+")) {
			int at = pair.lastIndexOf('=');
			result.put(pair.substring(0, at), pair.substring(at + 1));
		}
		return result;
	}

}
