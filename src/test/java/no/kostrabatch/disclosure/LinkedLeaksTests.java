package no.kostrabatch.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two leaks of issue 10: across tables (a key figure) and across regions (districts). */
class LinkedLeaksTests {

	private final TableCatalog catalog = TableCatalog.load();

	@Test
	void aKeyFigureNoLongerGivesAwayTheUnknownCitizenship() {
		List<Cell> cells = new ArrayList<>();
		citizenship(cells, "0301", 50, 40, 8, 2);
		cells.add(keyFigure("0301", "recipients", 50));
		cells.add(keyFigure("0301", "foreign", 8));

		List<Cell> published = new DisclosureControl(this.catalog, 3).apply(cells).cells();

		assertThat(hidden(published, "recipients_by_citizenship", "0301", "unknown")).isTrue();
		assertThat(hidden(published, "recipients_by_citizenship", "0301", "total")
				|| hidden(published, "recipients_by_citizenship", "0301", "NO")
				|| published.stream().anyMatch((c) -> c.measure().equals("foreign") && c.symbol() == Symbol.SUPPRESSED))
			.as("unknown = total − NO − key_figures.foreign")
			.isTrue();
		assertThat(new DisclosureAudit(this.catalog, 3).audit(published).violations()).isEmpty();
		assertThat(new DisclosureAudit(this.catalog, 3)
			.audit(DisclosureControl.tableByTable(this.catalog, 3).apply(cells).cells())
			.violations()).contains("recipients_by_citizenship 0301 2025 unknown can be worked out exactly (2).");
	}

	@Test
	void theDistrictsNoLongerGiveAwayASmallDistrictCount() {
		List<Cell> cells = new ArrayList<>();
		gender(cells, "0301", 30, 22, 8);
		gender(cells, "030101", 12, 10, 2);
		gender(cells, "030102", 18, 12, 6);
		for (String[] d : new String[][] { { "total", "30" }, { "01", "12" }, { "02", "18" }, { "unknown", "0" } }) {
			cells.add(Cell.of("recipients_by_district", "0301", "2025", "district", d[0], null, null, "recipients",
					new BigDecimal(d[1])));
		}

		List<Cell> published = new DisclosureControl(this.catalog, 3).apply(cells).cells();

		assertThat(hidden(published, "recipients_by_gender", "030101", "2")).isTrue();
		assertThat(hidden(published, "recipients_by_gender", "0301", "2")
				|| hidden(published, "recipients_by_gender", "030102", "2"))
			.as("030101's women = Oslo's women − 030102's women")
			.isTrue();
		assertThat(new DisclosureAudit(this.catalog, 3).audit(published).violations()).isEmpty();
		assertThat(new DisclosureAudit(this.catalog, 3)
			.audit(DisclosureControl.tableByTable(this.catalog, 3).apply(cells).cells())
			.violations()).contains("recipients_by_gender 030101 2025 2 can be worked out exactly (2).");
	}

	/**
	 * A suppressed count is at least 1 (zeros are published), so three suppressed districts that add
	 * up to a published 3 are 1 each: no equation alone fixes them, the bounds do.
	 */
	@Test
	void districtsThatAddUpToTheirLowerBoundsAreProtected() {
		List<Cell> cells = new ArrayList<>();
		gender(cells, "0301", 33, 30, 3);
		for (String district : List.of("030101", "030102", "030103")) {
			gender(cells, district, 11, 10, 1);
		}
		for (String[] d : new String[][] { { "total", "33" }, { "01", "11" }, { "02", "11" }, { "03", "11" },
				{ "unknown", "0" } }) {
			cells.add(Cell.of("recipients_by_district", "0301", "2025", "district", d[0], null, null, "recipients",
					new BigDecimal(d[1])));
		}

		List<Cell> published = new DisclosureControl(this.catalog, 3).apply(cells).cells();

		assertThat(hidden(published, "recipients_by_gender", "030101", "2")).isTrue();
		assertThat(new DisclosureAudit(this.catalog, 3).audit(published).violations()).isEmpty();
		assertThat(new DisclosureAudit(this.catalog, 3)
			.audit(DisclosureControl.tableByTable(this.catalog, 3).apply(cells).cells())
			.violations()).contains("recipients_by_gender 030101 2025 2 can be worked out exactly (1).",
					"recipients_by_gender 030102 2025 2 can be worked out exactly (1).",
					"recipients_by_gender 030103 2025 2 can be worked out exactly (1).");
	}

	private static void citizenship(List<Cell> cells, String region, long total, long no, long foreign, long unknown) {
		String[][] rows = { { "total", "" + total }, { "NO", "" + no }, { "foreign", "" + foreign },
				{ "unknown", "" + unknown } };
		for (String[] r : rows) {
			cells.add(Cell.of("recipients_by_citizenship", region, "2025", "citizenship", r[0], null, null, "recipients",
					new BigDecimal(r[1])));
		}
	}

	private static void gender(List<Cell> cells, String region, long total, long men, long women) {
		String[][] rows = { { "total", "" + total }, { "1", "" + men }, { "2", "" + women }, { "unknown", "0" } };
		for (String[] r : rows) {
			cells.add(Cell.of("recipients_by_gender", region, "2025", "gender", r[0], null, null, "recipients",
					new BigDecimal(r[1])));
		}
	}

	private static Cell keyFigure(String region, String measure, long value) {
		return Cell.of("key_figures", region, "2025", null, null, null, null, measure, BigDecimal.valueOf(value));
	}

	private static boolean hidden(List<Cell> cells, String table, String region, String code) {
		return cells.stream()
			.anyMatch((c) -> c.tableId().equals(table) && c.region().equals(region) && code.equals(c.cat1())
					&& c.measure().equals("recipients") && c.symbol() == Symbol.SUPPRESSED);
	}

}
