package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFigureChangeTests {

	private static final TableCatalog CATALOG = TableCatalog.load();

	private final List<Cell> cells = List.of(kf("0301", "2024", "recipients", "20375"),
			kf("0301", "2025", "recipients", "19688"), kf("4601", "2024", "recipients", "7100"),
			kf("4601", "2025", "recipients", "6651"), kf("0301", "2024", "share_long_term", "52.0"),
			kf("0301", "2025", "share_long_term", "48.5"), kf("0301", "2024", "mean_months", "6.4"),
			kf("0301", "2025", "mean_months", "6.0"), kf("4601", "2024", "long_term_main_income_sa", "2"),
			kf("4601", "2025", "long_term_main_income_sa", "0"), kf("4601", "2024", "providers", "0"),
			kf("4601", "2025", "providers", "12"), kf("4601", "2024", "foreign", "40"),
			kf("4601", "2025", "foreign", "40"), kf("5001", "2025", "recipients", "4102"));

	@Test
	void theChangeAndChangePercentOfEveryKeyFigureOfEveryRegionWithThePreviousYear() {
		List<Cell> result = KeyFigureChange.withChanges(this.cells, CATALOG);

		assertThat(find(result, "0301", "recipients", "change")).isEqualTo("-687");
		assertThat(find(result, "0301", "recipients", "change_percent")).isEqualTo("-3.4");
		assertThat(find(result, "4601", "recipients", "change")).isEqualTo("-449");
		assertThat(find(result, "4601", "recipients", "change_percent")).isEqualTo("-6.3");
		assertThat(find(result, "0301", "share_long_term", "change")).isEqualTo("-3.5");
		assertThat(find(result, "0301", "share_long_term", "change_percent")).isEqualTo(".");
		assertThat(find(result, "0301", "mean_months", "change")).isEqualTo("-0.4");
		assertThat(find(result, "0301", "mean_months", "change_percent")).isEqualTo("-6.3");
		assertThat(find(result, "4601", "providers", "change")).isEqualTo("12");
		assertThat(find(result, "4601", "providers", "change_percent")).isEqualTo(".");
		assertThat(find(result, "4601", "foreign", "change")).isEqualTo("0");
		assertThat(find(result, "4601", "foreign", "change_percent")).isEqualTo("0.0");
		assertThat(find(result, "0301", "providers", "change")).isEqualTo("..");
		assertThat(result).filteredOn((c) -> c.tableId().equals(KeyFigureChange.TABLE))
			.hasSize(2 * 2 * CATALOG.requireTable("key_figures").measures().size())
			.noneMatch((c) -> c.region().equals("5001") || c.period().equals("2024"));
	}

	@Test
	void aChangeOfASuppressedFigureIsSuppressedAndOfAMissingOneMissing() {
		List<Cell> published = this.cells.stream().map((c) -> switch (c.region() + c.period() + c.measure()) {
			case "46012024long_term_main_income_sa" -> c.withSymbol(Symbol.SUPPRESSED);
			case "03012025share_long_term" -> c.withSymbol(Symbol.MISSING);
			default -> c;
		}).toList();

		List<Cell> result = KeyFigureChange.withChanges(published, CATALOG);

		assertThat(find(result, "4601", "long_term_main_income_sa", "change")).isEqualTo(":");
		assertThat(find(result, "4601", "long_term_main_income_sa", "change_percent")).isEqualTo(":");
		assertThat(find(result, "0301", "share_long_term", "change")).isEqualTo("..");
		assertThat(find(result, "0301", "share_long_term", "change_percent")).isEqualTo("..");
		assertThat(find(result, "4601", "recipients", "change")).isEqualTo("-449");
	}

	@Test
	void aMonthIsComparedWithTheSameMonthOfTheYearBefore() {
		List<Cell> months = List.of(kf("0301", "2024-03", "recipients", "9000"), kf("0301", "2025-03", "recipients", "9450"),
				kf("0301", "2025-02", "recipients", "8000"));

		List<Cell> result = KeyFigureChange.withChanges(months, CATALOG);

		assertThat(find(result, "0301", "recipients", "change")).isEqualTo("450");
		assertThat(find(result, "0301", "recipients", "change_percent")).isEqualTo("5.0");
		assertThat(result).filteredOn((c) -> c.tableId().equals(KeyFigureChange.TABLE))
			.allMatch((c) -> c.period().equals("2025-03"));
	}

	@Test
	void theMonthlyStatusOfEachMonthGetsItsChangeFromTheSameMonthLastYearFromTheCatalogue() {
		List<Cell> months = List.of(ms("030101", "2024-02", "recipients_month", "120"),
				ms("030101", "2025-02", "recipients_month", "131"), ms("030101", "2024-02", "mean_months_ytd", "1.8"),
				ms("030101", "2025-02", "mean_months_ytd", "1.7"),
				ms("030101", "2024-02", "new_recipients_month", "0").withSymbol(Symbol.MISSING),
				ms("030101", "2025-02", "new_recipients_month", "2").withSymbol(Symbol.SUPPRESSED),
				ms("030101", "2024-01", "nok_month", "50000"), ms("030101", "2025-01", "nok_month", "0").withSymbol(Symbol.SUPPRESSED),
				ms("030101", "2025-03", "recipients_month", "140"));

		List<Cell> result = KeyFigureChange.withChanges(months, CATALOG);

		assertThat(KeyFigureChange.changeTableOf(MonthlyStatus.TABLE, CATALOG)).map(TableDefinition::id)
			.contains(KeyFigureChange.MONTHLY_TABLE);
		List<Cell> changes = result.stream().filter((c) -> c.tableId().equals(KeyFigureChange.MONTHLY_TABLE)).toList();
		assertThat(changes).extracting((c) -> c.period() + " " + c.cat1() + " " + c.measure() + " "
				+ (c.hasValue() ? c.value().toPlainString() : c.symbol().text()))
			.containsExactlyInAnyOrder("2025-02 recipients_month change 11", "2025-02 mean_months_ytd change -0.1",
					"2025-02 new_recipients_month change ..", "2025-01 nok_month change :",
					"2025-02 nok_month change ..",
					"2025-01 recipients_month change ..", "2025-01 new_recipients_month change ..",
					"2025-01 mean_months_ytd change ..", "2025-02 recipients_ytd change ..", "2025-02 nok_ytd change ..",
					"2025-02 long_term_ytd change ..", "2025-01 recipients_ytd change ..", "2025-01 nok_ytd change ..",
					"2025-01 long_term_ytd change ..");
		assertThat(changes).allMatch((c) -> "status_measure".equals(c.dim1()));
		assertThat(CATALOG.decimals(KeyFigureChange.MONTHLY_TABLE, "mean_months_ytd", "change")).isEqualTo(1);
	}

	private static Cell ms(String region, String period, String measure, String value) {
		return Cell.of(MonthlyStatus.TABLE, region, period, null, null, null, null, measure, new BigDecimal(value));
	}

	private static Cell kf(String region, String period, String measure, String value) {
		return Cell.of("key_figures", region, period, null, null, null, null, measure, new BigDecimal(value));
	}

	private static String find(List<Cell> cells, String region, String indicator, String measure) {
		return cells.stream()
			.filter((c) -> c.tableId().equals(KeyFigureChange.TABLE) && c.region().equals(region)
					&& Objects.equals(c.cat1(), indicator) && c.measure().equals(measure) && "indicator".equals(c.dim1()))
			.map((c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text())
			.findFirst()
			.orElseThrow();
	}

}
