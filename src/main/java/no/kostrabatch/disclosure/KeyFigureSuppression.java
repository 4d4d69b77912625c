package no.kostrabatch.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.Cell;

/**
 * Key figures: a count of 1..k−1 is suppressed, with the shares and means built on it; the age
 * groups 18–24 and 25–66 add up to 18–66, so one of them is never the only one suppressed.
 */
final class KeyFigureSuppression {

	/** Each count and the measures derived from it. */
	static final Map<String, List<String>> DERIVED = Map.ofEntries(Map.entry("recipients", List.of("mean_months",
			"nok_per_recipient", "nok_per_month", "share_long_term", "share_months_10_12", "share_full_year",
			"per_1000_pop")), Map.entry("recipients_18_24", List.of("mean_months_18_24", "share_pop_18_24")),
			Map.entry("recipients_25_66", List.of("mean_months_25_66", "share_pop_25_66")),
			Map.entry("recipients_18_66", List.of("share_pop_18_66")),
			Map.entry("main_income_sa", List.of("share_main_income_sa", "mean_months_main_income_sa")),
			Map.entry("long_term", List.of("share_long_term")),
			Map.entry("long_term_main_income_sa", List.of("share_long_term_main_income_sa")),
			Map.entry("months_10_12", List.of("share_months_10_12")), Map.entry("full_year", List.of("share_full_year")),
			Map.entry("providers", List.of("children")), Map.entry("foreign", List.of("share_foreign")));

	/** The monthly status: each count and the measures derived from it. */
	static final Map<String, List<String>> MONTHLY = Map.of("recipients_month", List.of("nok_month"),
			"new_recipients_month", List.of(), "recipients_ytd", List.of("nok_ytd", "mean_months_ytd"), "long_term_ytd",
			List.of());

	private final int k;

	private final Map<String, List<String>> derived;

	KeyFigureSuppression(int k) {
		this(k, DERIVED);
	}

	KeyFigureSuppression(int k, Map<String, List<String>> derived) {
		this.k = k;
		this.derived = derived;
	}

	void apply(List<Cell> cells, Set<String> suppressed, int[] counts) {
		Map<String, Long> count = new HashMap<>();
		for (Cell cell : cells) {
			if (this.derived.containsKey(cell.measure()) && cell.hasValue()) {
				count.put(cell.measure(), cell.value().longValue());
			}
		}
		counts[2] += count.size();
		String prefix = DisclosureControl.tablePrefix(cells.get(0));
		java.util.Set<String> hidden = new java.util.HashSet<>();
		count.forEach((measure, n) -> {
			if (n > 0 && n < this.k) {
				hidden.add(measure);
			}
		});
		counts[0] += hidden.size();
		List<String> ageGroup = List.of("recipients_18_24", "recipients_25_66", "recipients_18_66");
		if (ageGroup.stream().filter(hidden::contains).count() == 1) {
			ageGroup.stream()
				.filter((m) -> !hidden.contains(m) && count.getOrDefault(m, 0L) > 0)
				.min((a, b) -> Long.compare(count.get(a), count.get(b)))
				.ifPresent((m) -> {
					hidden.add(m);
					counts[1]++;
				});
		}
		for (String measure : hidden) {
			suppressed.add(prefix + measure);
			this.derived.get(measure).forEach((d) -> suppressed.add(prefix + d));
		}
	}

}
