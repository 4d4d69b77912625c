package no.kostrabatch.disclosure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.CountLinks;

/**
 * A table without dimensions (the key figures, the monthly status): a count of 1..k−1 is suppressed,
 * with the figures built on it (shares, means, rates: {@link CountLinks#counts(String)}, from the
 * measures' formulas); where counts add up to another (ages 18–24 and 25–66 to 18–66), one of them is
 * never the only one suppressed.
 */
final class KeyFigureSuppression {

	private final int k;

	private final Map<String, List<String>> derived;

	private final List<List<String>> additive;

	/** The figures that are counts of the linked system too (a sum such as support months): counted when hidden. */
	private final Set<String> linkedFigures;

	KeyFigureSuppression(int k, CountLinks links, String tableId) {
		this.k = k;
		this.derived = links.counts(tableId);
		this.additive = links.additiveCounts(tableId);
		this.linkedFigures = links.figureCells().getOrDefault(tableId, Map.of()).keySet();
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
		Set<String> hidden = new HashSet<>();
		count.forEach((measure, n) -> {
			if (n > 0 && n < this.k) {
				hidden.add(measure);
			}
		});
		counts[0] += hidden.size();
		for (List<String> group : this.additive) {
			if (group.stream().filter(hidden::contains).count() == 1) {
				group.stream()
					.filter((m) -> !hidden.contains(m) && count.getOrDefault(m, 0L) > 0)
					.min((a, b) -> Long.compare(count.get(a), count.get(b)))
					.ifPresent((m) -> {
						hidden.add(m);
						counts[1]++;
					});
			}
		}
		for (String measure : hidden) {
			suppressed.add(prefix + measure);
			for (String d : this.derived.get(measure)) {
				if (suppressed.add(prefix + d) && this.linkedFigures.contains(d) && !hidden.contains(d)) {
					counts[1]++;
				}
			}
		}
	}

}
