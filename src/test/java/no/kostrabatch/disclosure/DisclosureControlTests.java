package no.kostrabatch.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureControlTests {

	private final TableCatalog catalog = TableCatalog.load();

	@Test
	void aSmallCountAndTheNextSmallestAreSuppressedZeroStaysWithDerivedMeasures() {
		List<Cell> cells = new ArrayList<>();
		Map<String, Long> counts = Map.of("total", 40L, "1", 2L, "2", 33L, "unknown", 5L);
		counts.forEach((code, n) -> {
			cells.add(cell("recipients_by_gender", "gender", code, null, null, "recipients", n));
			cells.add(cell("recipients_by_gender", "gender", code, null, null, "percent", n));
		});

		DisclosureResult result = new DisclosureControl(this.catalog, 3).apply(cells);

		assertThat(suppressed(result, "recipients")).containsExactlyInAnyOrder("1", "unknown");
		assertThat(suppressed(result, "percent")).containsExactlyInAnyOrder("1", "unknown", "total", "2");
		assertThat(result.primarySuppressed()).isEqualTo(1);
		assertThat(result.secondarySuppressed()).isEqualTo(1);
		assertThat(result.countCells()).isEqualTo(4);
	}

	@Test
	void secondarySuppressionIteratesAcrossRowsAndColumnsToAFixedPoint() {
		// long_term (yes/no) × ... use a two-dimension table: income_source_by_age with two ages and two sources.
		List<Cell> cells = new ArrayList<>();
		String[][] grid = { { "total", "total", "30" }, { "total", "1", "12" }, { "total", "5", "18" },
				{ "18-24", "total", "11" }, { "18-24", "1", "1" }, { "18-24", "5", "10" }, { "25-29", "total", "19" },
				{ "25-29", "1", "11" }, { "25-29", "5", "8" } };
		for (String[] g : grid) {
			cells.add(cell("income_source_by_age", "age", g[0], "income_source", g[1], "recipients", Long.parseLong(g[2])));
		}

		DisclosureResult result = new DisclosureControl(this.catalog, 3).apply(cells);

		Set<String> hidden = result.cells()
			.stream()
			.filter((c) -> c.symbol() == Symbol.SUPPRESSED)
			.map((c) -> c.cat1() + "×" + c.cat2())
			.collect(Collectors.toSet());
		assertThat(hidden).containsExactlyInAnyOrder("18-24×1", "18-24×5", "25-29×1", "25-29×5");
	}

	@Test
	void keyFigureCountsUnderKAndTheirSharesAreSuppressed() {
		List<Cell> cells = new ArrayList<>(List.of(kf("recipients", 50), kf("long_term", 2), kf("share_long_term", 4),
				kf("recipients_18_24", 1), kf("recipients_25_66", 40), kf("recipients_18_66", 41), kf("mean_months_18_24", 3)));

		DisclosureResult result = new DisclosureControl(this.catalog, 3).apply(cells);

		assertThat(result.cells().stream().filter((c) -> c.symbol() == Symbol.SUPPRESSED).map(Cell::measure))
			.containsExactlyInAnyOrder("long_term", "share_long_term", "recipients_18_24", "mean_months_18_24",
					"recipients_25_66");
	}

	/**
	 * A sum over the persons a count counts is what those persons got: with 2 recipients, the kroner
	 * paid, the support months and the loans are theirs, and go with the count.
	 */
	@Test
	void sumsOverTheRecipientsGoWithTheirCount() {
		List<Cell> cells = new ArrayList<>(List.of(kf("recipients", 2), kf("support_months", 14), kf("nok", 91_000),
				kf("nok_laan", 12_000), kf("nok_per_recipient", 45_500)));

		DisclosureResult result = new DisclosureControl(this.catalog, 3).apply(cells);

		assertThat(result.cells()).allSatisfy((c) -> assertThat(c.symbol()).as(c.measure()).isEqualTo(Symbol.SUPPRESSED));
		assertThat(this.catalog.links().builtOn("key_figures", "recipients")).contains("support_months", "nok",
				"nok_bidrag", "nok_laan");
	}

	private static Set<String> suppressed(DisclosureResult result, String measure) {
		return result.cells()
			.stream()
			.filter((c) -> c.measure().equals(measure) && c.symbol() == Symbol.SUPPRESSED)
			.map(Cell::cat1)
			.collect(Collectors.toSet());
	}

	private static Cell kf(String measure, long value) {
		return Cell.of("key_figures", "0301", "2025", null, null, null, null, measure, BigDecimal.valueOf(value));
	}

	private static Cell cell(String table, String dim1, String cat1, String dim2, String cat2, String measure, long n) {
		return Cell.of(table, "0301", "2025", dim1, cat1, dim2, cat2, measure, BigDecimal.valueOf(n));
	}

}
