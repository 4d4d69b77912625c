package no.kostrabatch.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator across the cities of the run: the group mean (unweighted over the cities with a
 * published value), each city's index (value ÷ mean × 100) and the lowest and highest value.
 *
 * @param values each city's published value, in report order (cities without one are left out)
 */
record IndexProfile(String measure, Map<String, BigDecimal> values) {

	static IndexProfile of(Report report, String measure, List<String> cities) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (String city : cities) {
			BigDecimal value = report.key(city, report.period(), measure);
			if (value != null) {
				values.put(city, value);
			}
		}
		return new IndexProfile(measure, values);
	}

	/** Whether at least two cities have a value and the mean is not zero. */
	boolean comparable() {
		return this.values.size() >= 2 && mean().signum() != 0;
	}

	BigDecimal mean() {
		return this.values.values()
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(Math.max(1, this.values.size())), 6, RoundingMode.HALF_UP);
	}

	BigDecimal index(String city) {
		return this.values.get(city).multiply(BigDecimal.valueOf(100)).divide(mean(), 1, RoundingMode.HALF_UP);
	}

	String lowest() {
		return this.values.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	String highest() {
		return this.values.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

}
