package no.kostrabatch.statistics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The links disclosure control needs, worked out from the shipped measures' formulas. */
class CountLinksTests {

	private final CountLinks links = TableCatalog.load().links();

	@Test
	void eachKeyFigureCountCarriesTheFiguresBuiltOnIt() {
		Map<String, List<String>> counts = this.links.counts(TableCatalog.KEY_FIGURES);

		assertThat(counts).containsOnlyKeys("recipients", "recipients_18_24", "recipients_25_66", "recipients_18_66",
				"main_income_sa", "long_term", "long_term_main_income_sa", "months_10_12", "full_year", "providers",
				"foreign");
		// the sums over the recipients (what they got) go with their count, as the shares and means do
		assertThat(counts.get("recipients")).containsExactlyInAnyOrder("mean_months", "nok_per_recipient",
				"nok_per_month", "share_long_term", "share_long_term_main_income_sa", "share_months_10_12",
				"share_full_year", "per_1000_pop", "support_months", "nok", "nok_bidrag", "nok_laan");
		assertThat(counts.get("recipients_18_24")).containsExactlyInAnyOrder("mean_months_18_24", "share_pop_18_24");
		assertThat(counts.get("main_income_sa")).containsExactlyInAnyOrder("share_main_income_sa",
				"mean_months_main_income_sa");
		assertThat(counts.get("providers")).containsExactly("children");
		assertThat(counts.get("foreign")).containsExactly("share_foreign");
		assertThat(this.links.builtOn(TableCatalog.KEY_FIGURES, "support_months")).containsExactlyInAnyOrder("mean_months",
				"nok_per_month");
		assertThat(this.links.builtOn(TableCatalog.KEY_FIGURES, "nok")).containsExactlyInAnyOrder("nok_per_recipient",
				"nok_per_month");
	}

	@Test
	void theMonthlyStatusFollowsItsDeclaredCounts() {
		assertThat(this.links.counts("monthly_status")).isEqualTo(Map.of("recipients_month", List.of("nok_month"),
				"new_recipients_month", List.of(), "recipients_ytd", List.of("nok_ytd", "mean_months_ytd"), "long_term_ytd",
				List.of()));
	}

	@Test
	void countsThatSplitOneDimensionAddUp() {
		assertThat(this.links.additiveCounts(TableCatalog.KEY_FIGURES))
			.containsExactly(List.of("recipients_18_24", "recipients_25_66", "recipients_18_66"));
	}

	@Test
	void eachKeyFigureCountIsTheSumOfOneDimensionCells() {
		Map<String, CountLinks.KeyFigureCells> cells = this.links.keyFigures();

		assertThat(cells.get("recipients_25_66")).isEqualTo(new CountLinks.KeyFigureCells("recipients_by_age",
				Map.of("25-29", 1L, "30-39", 1L, "40-49", 1L, "50-59", 1L, "60-66", 1L)));
		assertThat(cells.get("providers").weights()).containsOnlyKeys("1", "2", "3", "4", "5", "6+");
		assertThat(cells.get("support_months").table()).isEqualTo("recipients_by_months");
		assertThat(cells.get("support_months").weights()).containsEntry("1", 1L).containsEntry("12", 12L).hasSize(12);
		assertThat(cells).doesNotContainKeys("long_term_main_income_sa", "nok", "children");
		assertThat(this.links.bandings()).containsExactly(List.of("age", "age_ssb"), List.of("months", "duration_band"));
	}

}
