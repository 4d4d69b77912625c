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

	/** Two recipients under 30 (grants 10 000 and 20 000), nine of 30–49 (9 000 each), nine of 50+ (3 000). */
	private static final List<PersonYear> PERSONS = persons();

	@Test
	void theNewTablesAreCountedFromTheirFormulas() {
		List<Cell> cells = count();

		assertThat(shown(cells, "recipients_by_age_decade")).containsExactly("total recipients 20",
				"total percent 100.0", "total mean_grant 6900", "0-29 recipients 2", "0-29 percent 10.0",
				"0-29 mean_grant 15000", "30-49 recipients 9", "30-49 percent 45.0", "30-49 mean_grant 9000",
				"50+ recipients 9", "50+ percent 45.0", "50+ mean_grant 3000", "unknown recipients 0",
				"unknown percent .", "unknown mean_grant .");
		assertThat(shown(cells, "young_recipients")).containsExactly("- recipients 20", "- recipients_under_30 2",
				"- share_under_30 10.0");
	}

	/**
	 * 0-29 (2) is under k; a single hidden category would be the total less the others, so the other
	 * categories go too (30-49 in this table; 50+ as well, since the age bands of 30–39 and 50–66 are
	 * suppressed in {@code recipients_by_age} and the new dimension bands the same variable). The
	 * conditional count of 2 hides its share. The audit finds no count that can be narrowed below k.
	 */
	@Test
	void theNewCountsAreSuppressedWithWhatIsBuiltOnThem() {
		DisclosureResult result = new DisclosureControl(CATALOG, 3).apply(count());

		assertThat(shown(result.cells(), "recipients_by_age_decade")).containsExactly("total recipients 20",
				"total percent 100.0", "total mean_grant 6900", "0-29 recipients :", "0-29 percent :",
				"0-29 mean_grant :", "30-49 recipients :", "30-49 percent :", "30-49 mean_grant :", "50+ recipients :",
				"50+ percent :", "50+ mean_grant :", "unknown recipients 0", "unknown percent .", "unknown mean_grant .");
		assertThat(shown(result.cells(), "young_recipients")).containsExactly("- recipients 20",
				"- recipients_under_30 :", "- share_under_30 :");
		assertThat(CATALOG.links().bandings()).contains(List.of("age", "age_ssb", "age_decade"));
		assertThat(CATALOG.links().counts("young_recipients")).containsOnlyKeys("recipients", "recipients_under_30")
			.containsEntry("recipients_under_30", List.of("share_under_30"));
		assertThat(new DisclosureAudit(CATALOG, 3).audit(result.cells()).passed()).isTrue();
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

	private static List<PersonYear> persons() {
		List<PersonYear> persons = new java.util.ArrayList<>();
		int n = 0;
		for (int age : new int[] { 25, 28 }) {
			persons.add(person(++n, 2024 - age, 10_000L * n));
		}
		for (int age : new int[] { 30, 32, 34, 36, 40, 42, 44, 46, 48 }) {
			persons.add(person(++n, 2024 - age, 9_000));
		}
		for (int age : new int[] { 50, 52, 54, 60, 62, 64, 70, 75, 80 }) {
			persons.add(person(++n, 2024 - age, 3_000));
		}
		return persons;
	}

	private static PersonYear person(int n, int birthYear, long bidrag) {
		return new PersonYear("4601", null, 2024, "person" + n, birthYear, "1", "1", "2", null, "5", "12", "04", "1", "NO",
				3, 3, 0b111, bidrag, 0);
	}

}
