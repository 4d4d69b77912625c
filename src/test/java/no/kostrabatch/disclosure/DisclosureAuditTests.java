package no.kostrabatch.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureAuditTests {

	private final TableCatalog catalog = TableCatalog.load();

	@Test
	void theControlledOutputOfRandomSmallMunicipalitiesPassesTheAudit() {
		for (long seed = 1; seed <= 5; seed++) {
			List<Cell> cells = randomTables(seed, 40 + (int) seed * 15);
			DisclosureResult result = new DisclosureControl(this.catalog, 3).apply(cells);

			DisclosureAudit.Report report = new DisclosureAudit(this.catalog, 3).audit(result.cells());

			assertThat(report.violations()).as("seed " + seed).isEmpty();
			assertThat(report.suppressedCells()).isPositive();
			assertThat(result.cells()).noneMatch((c) -> c.measure().equals("recipients") && c.hasValue()
					&& c.value().longValue() > 0 && c.value().longValue() < 3);
		}
	}

	@Test
	void aPublishedSmallCountAndALoneSuppressedCellFail() {
		List<Cell> cells = List.of(cell("total", 40, null), cell("1", 2, null), cell("2", 33, null),
				cell("unknown", 5, null));
		List<Cell> lone = List.of(cell("total", 40, null), cell("1", 0, Symbol.SUPPRESSED), cell("2", 33, null),
				cell("unknown", 5, null));

		assertThat(new DisclosureAudit(this.catalog, 3).audit(cells).violations())
			.containsExactly("recipients_by_gender|0301|2025|1|: the count 2 is published (under 3).");
		assertThat(new DisclosureAudit(this.catalog, 3).audit(lone).violations())
			.containsExactly("recipients_by_gender 0301 2025 1 can be worked out exactly (2).");
	}

	private static Cell cell(String code, long n, Symbol symbol) {
		Cell cell = Cell.of("recipients_by_gender", "0301", "2025", "gender", code, null, null, "recipients",
				BigDecimal.valueOf(n));
		return (symbol != null) ? cell.withSymbol(symbol) : cell;
	}

	private List<Cell> randomTables(long seed, int persons) {
		Aggregator aggregator = new Aggregator(this.catalog, StatisticsSettings.defaults());
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < persons; i++) {
			int months = 1 + random.nextInt(12);
			boolean children = random.nextInt(3) == 0;
			aggregator.add(new PersonYear("1234", random.nextBoolean() ? "0" + (1 + random.nextInt(3)) : null, 2025, "p" + i,
					1950 + random.nextInt(55), String.valueOf(1 + random.nextInt(2)), String.valueOf(1 + random.nextInt(5)),
					children ? "1" : "2", children ? 1 + random.nextInt(3) : 0, String.valueOf(1 + random.nextInt(9)),
					"12", "0" + (1 + random.nextInt(9)), String.valueOf(1 + random.nextInt(6)),
					random.nextInt(4) == 0 ? "SE" : "NO", months, months, (1 << months) - 1, 8000L * months, 0));
		}
		return new ArrayList<>(aggregator.cells());
	}

}
