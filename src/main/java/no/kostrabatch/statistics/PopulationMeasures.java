package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.statistics.internal.Numbers;

/**
 * Fills the measures that need a population: {@code per_1000} of {@code recipients_by_age_ssb}, and
 * {@code share_pop_18_66}, {@code share_pop_18_24}, {@code share_pop_25_66} and {@code per_1000_pop}
 * of {@code key_figures}. Regions without a population keep the symbol {@code ..}.
 */
public final class PopulationMeasures {

	private static final Map<String, int[]> AGE_SSB = Map.of("0-19", new int[] { 0, 19 }, "20-24", new int[] { 20, 24 },
			"25-29", new int[] { 25, 29 }, "30-39", new int[] { 30, 39 }, "40-49", new int[] { 40, 49 }, "50-59",
			new int[] { 50, 59 }, "60-66", new int[] { 60, 66 }, "67+", new int[] { 67, 200 }, "total",
			new int[] { 0, 200 });

	private PopulationMeasures() {
	}

	public static List<Cell> apply(List<Cell> cells, Population population) {
		Map<String, BigDecimal> counts = new HashMap<>();
		for (Cell cell : cells) {
			if (cell.hasValue()) {
				counts.put(cell.tableId() + "|" + cell.region() + "|" + cell.period() + "|" + cell.cat1() + "|" + cell.measure(),
						cell.value());
			}
		}
		return cells.stream().map((cell) -> fill(cell, counts, population)).toList();
	}

	private static Cell fill(Cell cell, Map<String, BigDecimal> counts, Population population) {
		int year = Integer.parseInt(cell.period().substring(0, 4));
		if (!population.has(cell.region(), year)) {
			return cell;
		}
		String prefix = cell.tableId() + "|" + cell.region() + "|" + cell.period() + "|";
		if ("recipients_by_age_ssb".equals(cell.tableId()) && "per_1000".equals(cell.measure())) {
			int[] ages = AGE_SSB.get(cell.cat1());
			BigDecimal recipients = counts.get(prefix + cell.cat1() + "|recipients");
			return (ages == null || recipients == null) ? cell
					: rate(cell, recipients, population.between(cell.region(), year, ages[0], ages[1]), 1000);
		}
		if (!"key_figures".equals(cell.tableId())) {
			return cell;
		}
		return switch (cell.measure()) {
			case "share_pop_18_66" -> rate(cell, counts.get(prefix + "null|recipients_18_66"),
					population.between(cell.region(), year, 18, 66), 100);
			case "share_pop_18_24" -> rate(cell, counts.get(prefix + "null|recipients_18_24"),
					population.between(cell.region(), year, 18, 24), 100);
			case "share_pop_25_66" -> rate(cell, counts.get(prefix + "null|recipients_25_66"),
					population.between(cell.region(), year, 25, 66), 100);
			case "per_1000_pop" -> rate(cell, counts.get(prefix + "null|recipients"),
					population.between(cell.region(), year, 0, 200), 1000);
			default -> cell;
		};
	}

	private static Cell rate(Cell cell, BigDecimal count, long population, int factor) {
		if (count == null || population == 0) {
			return cell;
		}
		BigDecimal value = Numbers.ratio(count.longValueExact(), population, factor, 1);
		return (value != null) ? cell.withValue(value) : cell;
	}

}
