package no.kostrabatch.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of every table on generated years (Oslo with districts, Bergen without): categories add up
 * to their total in every row and column, subtotals add up to their members, tables agree with each
 * other and with the key figures, and a municipality is the sum of its districts without double
 * counting (everyone in the Oslo sample has a district).
 */
class TableInvariantsTests {

	private static final Set<String> ADDITIVE = Set.of("recipients", "children");

	private static final List<String> ADDITIVE_KEY_FIGURES = List.of("recipients", "recipients_18_24",
			"recipients_25_66", "recipients_18_66", "main_income_sa", "long_term", "long_term_main_income_sa",
			"months_10_12", "full_year", "support_months", "nok", "nok_bidrag", "nok_laan", "providers", "children",
			"foreign");

	@TempDir
	Path dir;

	TableCatalog catalog = TableCatalog.load();

	Map<String, BigDecimal> values = new HashMap<>();

	Set<String> regions = new TreeSet<>();

	@ParameterizedTest(name = "{0}, seed {1}")
	@CsvSource({ "0301, 1, 3000", "0301, 7, 1500", "4601, 3, 2000" })
	void everyTableAddsUp(String municipality, long seed, int recipients) throws IOException {
		Path file = this.dir.resolve("generated.csv");
		new SampleGenerator(seed).write(municipality, 2025, recipients, SampleFormat.CSV, file);
		Engine.Counted counted = Engine.count(file);
		assertThat(counted.rejected()).isEmpty();
		for (Cell cell : counted.cells()) {
			this.regions.add(cell.region());
			if (cell.hasValue()) {
				this.values.put(key(cell.tableId(), cell.region(), cell.cat1(), cell.cat2(), cell.measure()), cell.value());
			}
		}
		for (String region : this.regions) {
			for (TableDefinition table : this.catalog.tables()) {
				if (table.dim1() != null && table.counted()) {
					assertAddsUp(table, region);
				}
			}
			assertTablesAgree(region);
		}
		assertThat(value("key_figures", municipality, null, null, "recipients")).isEqualByComparingTo(
				String.valueOf(recipients));
		if ("0301".equals(municipality)) {
			assertDistrictsAddUp(municipality);
		}
		else {
			assertThat(this.regions).containsExactly(municipality);
		}
	}

	private void assertAddsUp(TableDefinition table, String region) {
		Dimension d1 = this.catalog.dimension(table.dim1());
		Dimension d2 = (table.dim2() != null) ? this.catalog.dimension(table.dim2()) : null;
		List<String> rows = codes(d1, table, region);
		List<String> columns = (d2 != null) ? codes(d2, table, region) : java.util.Collections.singletonList(null);
		for (String measure : table.measures()) {
			if (!ADDITIVE.contains(measure)) {
				continue;
			}
			for (String column : columns) {
				assertSums(d1, rows, (code) -> value(table.id(), region, code, column, measure),
						table.id() + " " + region + " column " + column + " " + measure);
			}
			if (d2 != null) {
				for (String row : rows) {
					assertSums(d2, columns, (code) -> value(table.id(), region, row, code, measure),
							table.id() + " " + region + " row " + row + " " + measure);
				}
			}
		}
		if (table.measures().contains("percent")) {
			BigDecimal sum = BigDecimal.ZERO;
			int n = 0;
			for (String code : rows) {
				if (isLeaf(d1, code) && !Dimension.UNKNOWN.equals(code)) {
					BigDecimal p = this.values.get(key(table.id(), region, code, null, "percent"));
					sum = sum.add((p != null) ? p : BigDecimal.ZERO);
					n++;
				}
			}
			BigDecimal unknown = this.values.getOrDefault(key(table.id(), region, Dimension.UNKNOWN, null, "recipients"),
					BigDecimal.ZERO);
			if (value(table.id(), region, Dimension.TOTAL, null, "recipients").compareTo(unknown) > 0) {
				assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).as(table.id() + " " + region + " percent sum")
					.isLessThanOrEqualTo(BigDecimal.valueOf(0.05 * n));
			}
		}
	}

	private void assertSums(Dimension dimension, List<String> codes, java.util.function.Function<String, BigDecimal> cell,
			String what) {
		BigDecimal leaves = BigDecimal.ZERO;
		for (String code : codes) {
			if (isLeaf(dimension, code)) {
				leaves = leaves.add(cell.apply(code));
			}
		}
		assertThat(leaves).as(what + ": categories add up to the total").isEqualByComparingTo(cell.apply(Dimension.TOTAL));
		for (Category category : dimension.categories()) {
			if (!category.members().isEmpty()) {
				BigDecimal members = category.members()
					.stream()
					.map(cell)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(cell.apply(category.code())).as(what + ": subtotal " + category.code())
					.isEqualByComparingTo(members);
			}
		}
	}

	private void assertTablesAgree(String region) {
		BigDecimal recipients = value("key_figures", region, null, null, "recipients");
		for (TableDefinition table : this.catalog.tables()) {
			if (table.dim1() != null && table.counted() && table.filter() == null) {
				assertThat(value(table.id(), region, Dimension.TOTAL, (table.dim2() != null) ? Dimension.TOTAL : null,
						"recipients")).as(table.id() + " " + region + " total").isEqualByComparingTo(recipients);
			}
		}
		assertThat(value("recipients_by_benefit_type_trygd", region, Dimension.TOTAL, null, "recipients"))
			.isEqualByComparingTo(value("recipients_by_income_source", region, "3", null, "recipients"));
		assertThat(value("recipients_by_long_term", region, "yes", null, "recipients"))
			.isEqualByComparingTo(value("key_figures", region, null, null, "long_term"));
		assertThat(value("recipients_by_months", region, "12", null, "recipients"))
			.isEqualByComparingTo(value("key_figures", region, null, null, "full_year"));
		assertThat(value("recipients_by_income_source", region, "5", null, "recipients"))
			.isEqualByComparingTo(value("key_figures", region, null, null, "main_income_sa"));
		assertThat(value("recipients_by_age", region, "18-24", null, "recipients"))
			.isEqualByComparingTo(value("key_figures", region, null, null, "recipients_18_24"));
		assertThat(value("recipients_by_children", region, Dimension.TOTAL, null, "children"))
			.isEqualByComparingTo(value("key_figures", region, null, null, "children"));
		assertThat(value("recipients_by_citizenship", region, "foreign", null, "recipients"))
			.isEqualByComparingTo(value("key_figures", region, null, null, "foreign"));
		BigDecimal months = BigDecimal.ZERO;
		BigDecimal tenToTwelve = BigDecimal.ZERO;
		for (int m = 1; m <= 12; m++) {
			BigDecimal n = value("recipients_by_months", region, String.valueOf(m), null, "recipients");
			months = months.add(n.multiply(BigDecimal.valueOf(m)));
			tenToTwelve = (m >= 10) ? tenToTwelve.add(n) : tenToTwelve;
		}
		assertThat(months).isEqualByComparingTo(value("key_figures", region, null, null, "support_months"));
		assertThat(tenToTwelve).isEqualByComparingTo(value("key_figures", region, null, null, "months_10_12"));
		assertThat(value("months_by_family_phase", region, Dimension.TOTAL, "6", "recipients"))
			.isEqualByComparingTo(value("recipients_by_months", region, "6", null, "recipients"));
	}

	private void assertDistrictsAddUp(String municipality) {
		List<String> districts = this.regions.stream().filter((r) -> r.length() == 6).toList();
		assertThat(districts).hasSizeGreaterThan(1);
		assertThat(this.values).as("no one lacks a district")
			.doesNotContainKey(key("recipients_by_district", municipality, Dimension.UNKNOWN, null, "recipients"));
		for (String district : districts) {
			assertThat(value("recipients_by_district", municipality, district.substring(4), null, "recipients"))
				.as(district)
				.isEqualByComparingTo(value("key_figures", district, null, null, "recipients"));
		}
		for (String measure : ADDITIVE_KEY_FIGURES) {
			BigDecimal sum = districts.stream()
				.map((d) -> value("key_figures", d, null, null, measure))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as("key figure " + measure + " over the districts")
				.isEqualByComparingTo(value("key_figures", municipality, null, null, measure));
		}
		for (TableDefinition table : this.catalog.tables()) {
			if (table.dim1() == null || !table.counted() || "district".equals(table.dim1())) {
				continue;
			}
			Dimension d1 = this.catalog.dimension(table.dim1());
			Dimension d2 = (table.dim2() != null) ? this.catalog.dimension(table.dim2()) : null;
			for (String row : codes(d1, table, municipality)) {
				for (String column : (d2 != null) ? codes(d2, table, municipality) : java.util.Collections.<String>singletonList(null)) {
					BigDecimal sum = BigDecimal.ZERO;
					for (String district : districts) {
						sum = sum.add(value(table.id(), district, row, column, "recipients"));
					}
					assertThat(sum).as(table.id() + " " + row + "/" + column + " over the districts")
						.isEqualByComparingTo(value(table.id(), municipality, row, column, "recipients"));
				}
			}
		}
	}

	private static boolean isLeaf(Dimension dimension, String code) {
		return !Dimension.TOTAL.equals(code)
				&& dimension.category(code).map((c) -> c.members().isEmpty()).orElse(true);
	}

	private List<String> codes(Dimension dimension, TableDefinition table, String region) {
		if (!dimension.open()) {
			return dimension.categories().stream().map(Category::code).toList();
		}
		Set<String> codes = new TreeSet<>();
		for (String key : this.values.keySet()) {
			String[] k = key.split("\\|", -1);
			if (k[0].equals(table.id()) && k[1].equals(region)) {
				codes.add(dimension.id().equals(table.dim1()) ? k[2] : k[3]);
			}
		}
		return List.copyOf(codes);
	}

	private BigDecimal value(String table, String region, String cat1, String cat2, String measure) {
		BigDecimal value = this.values.get(key(table, region, cat1, cat2, measure));
		assertThat(value).as(key(table, region, cat1, cat2, measure)).isNotNull();
		return value;
	}

	private static String key(String table, String region, String cat1, String cat2, String measure) {
		return String.join("|", table, region, String.valueOf(cat1), String.valueOf(cat2), measure);
	}

}
