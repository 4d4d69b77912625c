package no.kostrabatch.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.PersonMonth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyStatusTests {

	@Test
	void theMonthTheYearToDateAndNewRecipientsOfEveryMonthSoFar() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 2,
				Map.of("0301|b", 1 << 11), Set.of("0301"));
		status.add(facts("a", "01", 1, 2));
		status.add(facts("b", "01", 2));
		status.add(facts("c", "02", 2));
		status.add(facts("d", "02", 1));
		status.add(facts("e", "02", 1, 2));

		List<Cell> cells = status.cells(2025);

		assertThat(cells).extracting(Cell::period).containsOnly("2025-01", "2025-02");
		assertThat(cells).extracting(Cell::region).containsOnly("0301", "030101", "030102");
		assertThat(values(cells, "0301", "2025-02")).containsExactly("4", "1", "4000", "5", "7000", "0", "1.4");
		assertThat(values(cells, "0301", "2025-01")).containsExactly("3", "3", "3000", "3", "3000", "0", "1.0");
		assertThat(values(cells, "030101", "2025-01")).containsExactly("1", "1", "1000", "1", "1000", "0", "1.0");
		assertThat(values(cells, "030102", "2025-01")).containsExactly("2", "2", "2000", "2", "2000", "0", "1.0");
		assertThat(values(cells, "030102", "2025-02")).containsExactly("2", "1", "2000", "3", "4000", "0", "1.3");
	}

	@Test
	void aRecipientIsNewAfterThreeMonthsWithoutSupportLookingIntoLastYear() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 5,
				Map.of("0301|october", 1 << 9, "0301|november", 1 << 10, "0301|octoberAndJanuary", 1 << 9),
				Set.of("0301"));
		status.add(facts("october", "01", 2));
		status.add(facts("november", "01", 2));
		status.add(facts("octoberAndJanuary", "01", 1));
		status.add(facts("januaryAndApril", "01", 1, 4));
		status.add(facts("januaryAndMay", "01", 1, 5));

		List<Cell> cells = status.cells(2025);

		assertThat(value(cells, "0301", "2025-01", "recipients_month")).isEqualTo("3");
		assertThat(value(cells, "0301", "2025-01", "new_recipients_month")).isEqualTo("2");
		assertThat(value(cells, "0301", "2025-02", "recipients_month")).isEqualTo("2");
		assertThat(value(cells, "0301", "2025-02", "new_recipients_month")).isEqualTo("1");
		assertThat(value(cells, "0301", "2025-03", "recipients_month")).isEqualTo("0");
		assertThat(value(cells, "0301", "2025-03", "nok_month")).isEqualTo("0");
		assertThat(value(cells, "0301", "2025-04", "new_recipients_month")).isEqualTo("0");
		assertThat(value(cells, "0301", "2025-05", "recipients_month")).isEqualTo("1");
		assertThat(value(cells, "0301", "2025-05", "new_recipients_month")).isEqualTo("1");
		assertThat(value(cells, "0301", "2025-05", "recipients_ytd")).isEqualTo("5");
		assertThat(value(cells, "0301", "2025-05", "nok_ytd")).isEqualTo("7000");
		assertThat(value(cells, "0301", "2025-05", "mean_months_ytd")).isEqualTo("1.4");
	}

	@Test
	void aRecipientWhoMovesDistrictCountsInTheNewDistrictFromTheMonthOfTheMove() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 3, Map.of(),
				Set.of("0301"));
		List<PersonMonth> moving = new ArrayList<>(facts("mover", "01", 1));
		moving.add(fact("mover", "02", 2, 2500, true));
		moving.add(fact("mover", "01", 3, 0, false));
		status.add(moving);

		List<Cell> cells = status.cells(2025);

		assertThat(values(cells, "030101", "2025-01")).containsExactly("1", "1", "1000", "1", "1000", "0", "1.0");
		assertThat(values(cells, "030101", "2025-02")).containsExactly("0", "0", "0", "0", "0", "0", ".");
		assertThat(values(cells, "030102", "2025-01")).containsExactly("0", "0", "0", "0", "0", "0", ".");
		assertThat(values(cells, "030102", "2025-02")).containsExactly("1", "0", "2500", "1", "3500", "0", "2.0");
		assertThat(values(cells, "030102", "2025-03")).containsExactly("0", "0", "0", "1", "3500", "0", "2.0");
		assertThat(values(cells, "0301", "2025-03")).containsExactly("0", "0", "0", "1", "3500", "0", "2.0");
	}

	@Test
	void longTermFromTheMonthTheSixthSupportMonthIsReachedAndLaterMonthsAreLeftOut() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 6, Map.of(),
				Set.of("0301"));
		status.add(facts("long", "01", 1, 2, 3, 4, 5, 6, 7));
		status.add(facts("short", "01", 6, 8));

		List<Cell> cells = status.cells(2025);

		assertThat(cells).extracting(Cell::period).doesNotContain("2025-07");
		assertThat(value(cells, "0301", "2025-05", "long_term_ytd")).isEqualTo("0");
		assertThat(values(cells, "0301", "2025-06")).containsExactly("2", "1", "2000", "2", "7000", "1", "3.5");
	}

	@Test
	void withoutLastYearInTheStoreNobodyIsCalledNewInJanuaryToMarch() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 4, Map.of(),
				Set.of());
		status.add(facts("a", "01", 1, 2, 4));
		status.add(facts("b", "01", 3));

		List<Cell> cells = status.cells(2025);

		assertThat(value(cells, "0301", "2025-01", "new_recipients_month")).isEqualTo("..");
		assertThat(value(cells, "030101", "2025-03", "new_recipients_month")).isEqualTo("..");
		assertThat(value(cells, "0301", "2025-03", "recipients_month")).isEqualTo("1");
		assertThat(value(cells, "0301", "2025-04", "new_recipients_month")).isEqualTo("0");
	}

	@Test
	void aRowThatPaysNothingInTheLatestMonthSetsNothing() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 2, Map.of(),
				Set.of("0301"));
		List<PersonMonth> person = new ArrayList<>(facts("p", "01", 1, 2));
		person.add(fact("p", "02", 2, 0, false));
		status.add(person);

		List<Cell> cells = status.cells(2025);

		assertThat(value(cells, "030101", "2025-02", "recipients_month")).isEqualTo("1");
		assertThat(cells).extracting(Cell::region).doesNotContain("030102");
	}

	private static List<PersonMonth> facts(String person, String district, int... months) {
		List<PersonMonth> facts = new ArrayList<>();
		for (int m : months) {
			facts.add(fact(person, district, m, 1000, true));
		}
		return facts;
	}

	private static PersonMonth fact(String person, String district, int month, long bidrag, boolean supportMonth) {
		return new PersonMonth("0301", district, YearMonth.of(2025, month), person, 1990, "1", "1", "2", null, "5", "12",
				"07", "1", "NO", bidrag, 0, supportMonth, month);
	}

	private static List<String> values(List<Cell> cells, String region, String period) {
		return TableCatalog.load()
			.requireTable(MonthlyStatus.TABLE)
			.measures()
			.stream()
			.map((measure) -> value(cells, region, period, measure))
			.toList();
	}

	private static String value(List<Cell> cells, String region, String period, String measure) {
		return cells.stream()
			.filter((c) -> c.region().equals(region) && c.period().equals(period) && c.measure().equals(measure))
			.map((c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text())
			.findFirst()
			.orElseThrow();
	}

}
