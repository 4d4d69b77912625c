package no.kostrabatch.staging;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which months of a CSV file lie outside its period and hold few of its rows. The file's period is
 * its main month when that month holds at least half of the rows (a monthly extract), else the year
 * with most rows (a file that spans months, such as a year's extract). A month outside that period
 * is stray when its period (the month for a monthly extract, the year otherwise) holds fewer than
 * {@value #FEW_PERCENT} % of the file's rows.
 */
final class StrayMonths {

	static final int FEW_PERCENT = 5;

	private StrayMonths() {
	}

	/** The month with most rows (the earliest of a tie), or {@code null} for no rows. */
	static YearMonth main(Map<YearMonth, Long> rows) {
		YearMonth main = null;
		for (Map.Entry<YearMonth, Long> e : new TreeMap<>(rows).entrySet()) {
			if (main == null || e.getValue() > rows.get(main)) {
				main = e.getKey();
			}
		}
		return main;
	}

	/** The file's period as shown: its main month ("2025-01") for a monthly extract, else its main year. */
	static String period(Map<YearMonth, Long> rows) {
		YearMonth main = main(rows);
		long total = rows.values().stream().mapToLong(Long::longValue).sum();
		if (main == null || 2 * rows.get(main) >= total) {
			return String.valueOf(main);
		}
		Map<Integer, Long> perYear = new TreeMap<>();
		rows.forEach((m, n) -> perYear.merge(m.getYear(), n, Long::sum));
		return String.valueOf(perYear.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
	}

	/** The stray months, in order, leaving out those the user asked to replace. */
	static List<YearMonth> of(Map<YearMonth, Long> rows, Set<YearMonth> replace) {
		List<YearMonth> stray = new ArrayList<>();
		YearMonth main = main(rows);
		if (main == null) {
			return stray;
		}
		long total = rows.values().stream().mapToLong(Long::longValue).sum();
		boolean monthly = 2 * rows.get(main) >= total;
		Map<Integer, Long> perYear = new TreeMap<>();
		rows.forEach((m, n) -> perYear.merge(m.getYear(), n, Long::sum));
		int mainYear = perYear.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		for (Map.Entry<YearMonth, Long> e : new TreeMap<>(rows).entrySet()) {
			YearMonth m = e.getKey();
			long periodRows = monthly ? e.getValue() : perYear.get(m.getYear());
			boolean outside = monthly ? !m.equals(main) : m.getYear() != mainYear;
			if (outside && 100 * periodRows < FEW_PERCENT * total && !replace.contains(m)) {
				stray.add(m);
			}
		}
		return stray;
	}

}
