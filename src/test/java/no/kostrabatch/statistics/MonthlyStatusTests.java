package no.kostrabatch.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kostrabatch.input.PersonMonth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyStatusTests {

	@Test
	void theMonthTheYearToDateAndNewRecipients() {
		MonthlyStatus status = new MonthlyStatus(TableCatalog.load(), StatisticsSettings.defaults(), 2,
				Map.of("0301|b", 1 << 11));
		status.add(facts("a", "01", 1, 2));
		status.add(facts("b", "01", 2));
		status.add(facts("c", "02", 2));
		status.add(facts("d", "02", 1));
		List<PersonMonth> longTerm = new ArrayList<>();
		for (int m = 1; m <= 2; m++) {
			longTerm.addAll(facts("e", "02", m));
		}
		status.add(longTerm);

		List<Cell> cells = status.cells("2025-02");

		assertThat(value(cells, "0301", "recipients_month")).isEqualTo("4");
		assertThat(value(cells, "0301", "new_recipients_month")).isEqualTo("1");
		assertThat(value(cells, "0301", "nok_month")).isEqualTo("4000");
		assertThat(value(cells, "0301", "recipients_ytd")).isEqualTo("5");
		assertThat(value(cells, "0301", "nok_ytd")).isEqualTo("7000");
		assertThat(value(cells, "0301", "long_term_ytd")).isEqualTo("0");
		assertThat(value(cells, "0301", "mean_months_ytd")).isEqualTo("1.4");
		assertThat(value(cells, "030102", "recipients_ytd")).isEqualTo("3");
	}

	private static List<PersonMonth> facts(String person, String district, int... months) {
		List<PersonMonth> facts = new ArrayList<>();
		for (int m : months) {
			facts.add(new PersonMonth("0301", district, YearMonth.of(2025, m), person, 1990, "1", "1", "2", null, "5",
					"12", "07", "1", "NO", 1000, 0, true, m));
		}
		return facts;
	}

	private static String value(List<Cell> cells, String region, String measure) {
		return cells.stream()
			.filter((c) -> c.region().equals(region) && c.measure().equals(measure))
			.map((c) -> c.value().toPlainString())
			.findFirst()
			.orElseThrow();
	}

}
