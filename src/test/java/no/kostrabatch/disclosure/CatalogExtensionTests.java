package no.kostrabatch.disclosure;

import java.util.List;
import java.util.function.Function;

import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dimension with bands, measures with formulas and two tables using them, added in YAML alone
 * ({@code catalogues/extra/}): the shipped engine counts them and disclosure control protects their
 * counts, with no code of their own.
 */
class CatalogExtensionTests {

	private static final TableCatalog CATALOG = TableCatalog.load("statistics", "catalogues/extra");

	/** Ages 25, 28 | 35, 40, 45 | 55, 60, 70 in 2024; grants in NOK. */
	private static final List<PersonYear> PERSONS = List.of(person(1, 1999, 10_000), person(2, 1996, 20_000),
			person(3, 1989, 30_000), person(4, 1984, 5_000), person(5, 1979, 7_000), person(6, 1969, 9_000),
			person(7, 1964, 1_000), person(8, 1954, 2_000));

	@Test
	void theNewTablesAreCountedFromTheirFormulas() {
		List<Cell> cells = count();

		assertThat(shown(cells, "recipients_by_age_decade")).containsExactly("total recipients 8", "total percent 100.0",
				"total mean_grant 10500", "0-29 recipients 2", "0-29 percent 25.0", "0-29 mean_grant 15000",
				"30-49 recipients 3", "30-49 percent 37.5", "30-49 mean_grant 14000", "50+ recipients 3",
				"50+ percent 37.5", "50+ mean_grant 4000", "unknown recipients 0", "unknown percent .",
				"unknown mean_grant .");
		assertThat(shown(cells, "young_recipients")).containsExactly("- recipients 8", "- recipients_under_30 2",
				"- share_under_30 25.0");
	}

	@Test
	void theNewCountsAreSuppressedWithWhatIsBuiltOnThem() {
		DisclosureResult result = new DisclosureControl(CATALOG, 3).apply(count());

		assertThat(shown(result.cells(), "recipients_by_age_decade")).containsExactly("total recipients 8",
				"total percent 100.0", "total mean_grant 10500", "0-29 recipients :", "0-29 percent :",
				"0-29 mean_grant :", "30-49 recipients :", "30-49 percent :", "30-49 mean_grant :", "50+ recipients 3",
				"50+ percent 37.5", "50+ mean_grant 4000", "unknown recipients 0", "unknown percent .",
				"unknown mean_grant .");
		assertThat(shown(result.cells(), "young_recipients")).containsExactly("- recipients 8",
				"- recipients_under_30 :", "- share_under_30 :");
	}

	private static List<Cell> count() {
		Aggregator aggregator = new Aggregator(CATALOG, StatisticsSettings.defaults());
		PERSONS.forEach(aggregator::add);
		return aggregator.cells();
	}

	private static List<String> shown(List<Cell> cells, String table) {
		Function<Cell, String> text = (c) -> ((c.cat1() != null) ? c.cat1() : "-") + " " + c.measure() + " "
				+ (c.hasValue() ? c.value().toPlainString() : c.symbol().text());
		return cells.stream().filter((c) -> c.tableId().equals(table) && c.region().equals("4601")).map(text).toList();
	}

	private static PersonYear person(int n, int birthYear, long bidrag) {
		return new PersonYear("4601", null, 2024, "person" + n, birthYear, "1", "1", "2", null, "5", "12", "04", "1", "NO",
				3, 3, 0b111, bidrag, 0);
	}

}
