package no.kostrabatch.report.pdf;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.GroupComparison;

/**
 * An indicator across the cities of the run, as published: the group mean (the {@code group:run}
 * row of {@code key_figures}, unweighted over all the group's cities), each city's index (the cells
 * of {@code key_figures_index}) and the lowest and highest value.
 *
 * @param values each city's published value, in report order (cities without one are left out)
 * @param indexes each city's published index, in report order (cities without one are left out)
 * @param mean the group's published mean, or {@code null}
 */
record IndexProfile(String measure, Map<String, BigDecimal> values, Map<String, BigDecimal> indexes, BigDecimal mean) {

	static IndexProfile of(Report report, String measure, List<String> cities) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Map<String, BigDecimal> indexes = new LinkedHashMap<>();
		for (String city : cities) {
			BigDecimal value = report.key(city, report.period(), measure);
			if (value != null) {
				values.put(city, value);
			}
			published(report.data()
				.cell(GroupComparison.KEY_FIGURES_INDEX, city, report.period(), measure, null, "index"))
				.ifPresent((index) -> indexes.put(city, index));
		}
		BigDecimal mean = published(report.keyCell(GroupComparison.RUN_GROUP, report.period(), measure)).orElse(null);
		return new IndexProfile(measure, values, indexes, mean);
	}

	private static Optional<BigDecimal> published(Optional<Cell> cell) {
		return cell.filter(Cell::hasValue).map(Cell::value);
	}

	/** Whether at least two cities have an index (so the group mean is published and not zero). */
	boolean comparable() {
		return this.indexes.size() >= 2 && this.mean != null;
	}

	BigDecimal index(String city) {
		return this.indexes.get(city);
	}

	String lowest() {
		return this.values.entrySet()
			.stream()
			.filter((e) -> this.indexes.containsKey(e.getKey()))
			.min(Map.Entry.comparingByValue())
			.orElseThrow()
			.getKey();
	}

	String highest() {
		return this.values.entrySet()
			.stream()
			.filter((e) -> this.indexes.containsKey(e.getKey()))
			.max(Map.Entry.comparingByValue())
			.orElseThrow()
			.getKey();
	}

}
