package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupComparisonTests {

	@Test
	void theGroupRowIsTheUnweightedMeanAndTheIndexIsAgainstIt() {
		List<Cell> cells = List.of(kf("0301", "share_long_term", "50.0"), kf("4601", "share_long_term", "40.0"),
				pct("0301", "5", "60.0"), pct("4601", "5", "30.0"), pct("0301", "1", "10.0"),
				pct("4601", "1", null));

		List<Cell> result = GroupComparison.withGroup(cells, List.of("0301", "4601"), TableCatalog.load());

		assertThat(find(result, "key_figures", "group:run", null, "share_long_term")).isEqualTo("45.0");
		assertThat(find(result, "recipients_by_income_source", "group:run", "5", "percent")).isEqualTo("45.0");
		assertThat(find(result, "recipients_by_income_source", "0301", "5", "index")).isEqualTo("133.3");
		assertThat(find(result, "recipients_by_income_source", "4601", "5", "index")).isEqualTo("66.7");
		assertThat(find(result, "recipients_by_income_source", "group:run", "1", "percent")).isEqualTo("..");
		assertThat(find(result, "recipients_by_income_source", "0301", "1", "index")).isEqualTo(".");
	}

	@Test
	void theKeyFiguresIndexIsAgainstTheMeanOfAllTheGroupsMunicipalities() {
		List<Cell> cells = List.of(kf("0301", "share_long_term", "52.0"), kf("4601", "share_long_term", "40.0"),
				kf("0301", "nok_per_month", "9718"), kf("4601", "nok_per_month", "9252"), kf("0301", "providers", "0"),
				kf("4601", "providers", "0"), kf("0301", "foreign", "40"),
				kf("4601", "foreign", "1").withSymbol(Symbol.SUPPRESSED),
				kf("0301", "share_pop_18_66", "1").withSymbol(Symbol.MISSING), kf("4601", "share_pop_18_66", "3.1"));

		List<Cell> result = GroupComparison.withGroup(cells, List.of("0301", "4601"), TableCatalog.load());

		assertThat(find(result, "key_figures_index", "0301", "share_long_term", "index")).isEqualTo("113.0");
		assertThat(find(result, "key_figures_index", "4601", "share_long_term", "index")).isEqualTo("87.0");
		assertThat(find(result, "key_figures", "group:run", null, "nok_per_month")).isEqualTo("9485");
		assertThat(find(result, "key_figures_index", "0301", "nok_per_month", "index")).isEqualTo("102.5");
		assertThat(find(result, "key_figures_index", "4601", "nok_per_month", "index")).isEqualTo("97.5");
		assertThat(find(result, "key_figures_index", "0301", "providers", "index")).isEqualTo(".");
		assertThat(find(result, "key_figures_index", "0301", "foreign", "index")).isEqualTo("..");
		assertThat(find(result, "key_figures_index", "4601", "foreign", "index")).isEqualTo(":");
		assertThat(find(result, "key_figures_index", "0301", "share_pop_18_66", "index")).isEqualTo("..");
		assertThat(find(result, "key_figures_index", "4601", "share_pop_18_66", "index")).isEqualTo("..");
		assertThat(result).noneMatch((c) -> c.tableId().equals("key_figures_index") && c.region().startsWith("group:"));
	}

	@Test
	void noKeyFiguresIndexForASingleMunicipality() {
		List<Cell> cells = List.of(kf("0301", "share_long_term", "52.0"));

		assertThat(GroupComparison.withGroup(cells, List.of("0301"), TableCatalog.load())).isEqualTo(cells);
	}

	@Test
	void aNamedGroupOnlyWhenAllItsMembersArePresent() {
		Regions regions = Regions.load();
		List<String> asss = regions.group("ASSS").orElseThrow();
		List<Cell> all = new java.util.ArrayList<>();
		for (int i = 0; i < asss.size(); i++) {
			all.add(kf(asss.get(i), "recipients", String.valueOf(1000 * (i + 1))));
		}

		List<Cell> withAll = GroupComparison.withNamedGroups(all, asss, TableCatalog.load(), regions);
		List<Cell> withSome = GroupComparison.withNamedGroups(all.subList(0, 4), asss.subList(0, 4), TableCatalog.load(),
				regions);

		assertThat(find(withAll, "key_figures", "group:ASSS", null, "recipients")).isEqualTo("5500");
		assertThat(withSome).noneMatch((c) -> c.region().equals("group:ASSS"));
	}

	private static Cell kf(String region, String measure, String value) {
		return Cell.of("key_figures", region, "2025", null, null, null, null, measure, new BigDecimal(value));
	}

	private static Cell pct(String region, String code, String value) {
		Cell cell = Cell.of("recipients_by_income_source", region, "2025", "income_source", code, null, null, "percent",
				BigDecimal.ONE);
		return (value != null) ? cell.withValue(new BigDecimal(value)) : cell.withSymbol(Symbol.SUPPRESSED);
	}

	private static String find(List<Cell> cells, String table, String region, String cat1, String measure) {
		return cells.stream()
			.filter((c) -> c.tableId().equals(table) && c.region().equals(region)
					&& java.util.Objects.equals(c.cat1(), cat1) && c.measure().equals(measure))
			.map((c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text())
			.findFirst()
			.orElseThrow();
	}

}
