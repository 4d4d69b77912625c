package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.internal.Numbers;

/**
 * Fills the measures whose formula is {@code per_population(a, factor)} ({@code per_1000} of
 * {@code recipients_by_age_ssb}, {@code share_pop_*} and {@code per_1000_pop} of
 * {@code key_figures}): the cell's {@code a} ÷ the inhabitants of the cell's ages × factor. The ages
 * are those of the cell's category of a dimension that bands age and those of the condition of
 * {@code a}, from the bands' limits in {@code dimensions.yaml}. Regions without a population, and
 * cells whose population is not one of ages, keep the symbol {@code ..}.
 */
public final class PopulationMeasures {

	/** The oldest age a population file holds. */
	private static final int OLDEST = 200;

	private static final String AGE = "age";

	private PopulationMeasures() {
	}

	public static List<Cell> apply(TableCatalog catalog, List<Cell> cells, Population population) {
		Map<CellKey, BigDecimal> counts = new HashMap<>();
		for (Cell cell : cells) {
			if (cell.hasValue()) {
				counts.put(cell.cellKey(), cell.value());
			}
		}
		return cells.stream().map((cell) -> fill(catalog, cell, counts, population)).toList();
	}

	private static Cell fill(TableCatalog catalog, Cell cell, Map<CellKey, BigDecimal> counts, Population population) {
		Measure measure = catalog.measures().get(cell.measure());
		if (measure == null || !(measure.formula() instanceof Formula.PerPopulation rate)) {
			return cell;
		}
		int year = Period.parse(cell.period()).year();
		if (!population.has(cell.region(), year)) {
			return cell;
		}
		TableDefinition table = catalog.requireTable(cell.tableId());
		String numerator = table.measures()
			.stream()
			.filter((m) -> rate.term().equals(catalog.measure(m).formula()))
			.findFirst()
			.orElse(null);
		int[] ages = { 0, OLDEST };
		if (numerator == null || !narrow(ages, catalog, table.dim1(), cell.cat1())
				|| !narrow(ages, catalog, table.dim2(), cell.cat2())) {
			return cell;
		}
		for (Map.Entry<String, Set<String>> condition : rate.term().where().codes().entrySet()) {
			for (String code : condition.getValue()) {
				if (!narrow(ages, catalog, condition.getKey(), code, condition.getValue())) {
					return cell;
				}
			}
		}
		BigDecimal count = counts.get(cell.cellKey().withMeasure(numerator));
		long inhabitants = population.between(cell.region(), year, ages[0], ages[1]);
		if (count == null || inhabitants == 0) {
			return cell;
		}
		BigDecimal value = Numbers.ratio(count.longValueExact(), inhabitants, rate.factor(), measure.decimals());
		return (value != null) ? cell.withValue(value) : cell;
	}

	/** Narrows the ages to a cell's category; false when the dimension is not one of age bands. */
	private static boolean narrow(int[] ages, TableCatalog catalog, String dimension, String code) {
		return dimension == null || code == null || Dimension.TOTAL.equals(code)
				|| narrow(ages, catalog, dimension, code, Set.of(code));
	}

	/** Narrows the ages to the span of the bands of {@code codes}, one of which is {@code code}. */
	private static boolean narrow(int[] ages, TableCatalog catalog, String dimension, String code, Set<String> codes) {
		Classification c = catalog.dimension(dimension).classification();
		if (c == null || !AGE.equals(c.variable()) || c.bands().isEmpty()) {
			return false;
		}
		long low = Long.MAX_VALUE;
		long high = Long.MIN_VALUE;
		List<Classification.Band> bands = c.bands();
		for (int i = 0; i < bands.size(); i++) {
			if (codes.contains(bands.get(i).code())) {
				low = Math.min(low, bands.get(i).from());
				high = Math.max(high, (i + 1 < bands.size()) ? bands.get(i + 1).from() - 1 : OLDEST);
			}
		}
		if (low > high || !codes.contains(code)) {
			return false;
		}
		ages[0] = (int) Math.max(ages[0], low);
		ages[1] = (int) Math.min(ages[1], high);
		return true;
	}

}
