package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison group of a run ({@code group:run}, the municipalities in it): for every key figure and
 * every cell of the one-dimension tables, a group row with the unweighted mean of the municipalities'
 * published values ({@code ..} when one of them has no published value), and for the municipalities
 * an {@code index} of their {@code percent} against the group's mean percent (mean = 100) and, in
 * table {@code key_figures_index}, of every key figure against the group's mean ({@code :} when the
 * municipality's figure is suppressed, {@code ..} when it or the mean is missing, {@code .} when the
 * mean is 0). It runs on published cells only, so a mean never reveals a suppressed count.
 */
public final class GroupComparison {

	public static final String RUN_GROUP = Regions.GROUP_PREFIX + "run";

	public static final String KEY_FIGURES_INDEX = "key_figures_index";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private GroupComparison() {
	}

	public static List<Cell> withGroup(List<Cell> cells, List<String> municipalities, TableCatalog catalog) {
		return withGroup(cells, municipalities, catalog, RUN_GROUP, true);
	}

	/**
	 * Adds the rows of a named group (e.g. {@code group:ASSS}) when all its members are present; the
	 * index is given against the run's own group only.
	 */
	public static List<Cell> withNamedGroups(List<Cell> cells, List<String> municipalities, TableCatalog catalog,
			Regions regions) {
		List<Cell> result = cells;
		for (Map.Entry<String, List<String>> group : regions.groups().entrySet()) {
			if (municipalities.containsAll(group.getValue())) {
				result = withGroup(result, group.getValue(), catalog, Regions.GROUP_PREFIX + group.getKey(), false);
			}
		}
		return result;
	}

	private static List<Cell> withGroup(List<Cell> cells, List<String> municipalities, TableCatalog catalog,
			String groupRegion, boolean withIndex) {
		if (municipalities.size() < 2) {
			return cells;
		}
		Map<String, Map<String, Cell>> byKey = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (municipalities.contains(cell.region()) && cell.dim2() == null
					&& catalog.table(cell.tableId()).map(TableDefinition::counted).orElse(false)) {
				byKey.computeIfAbsent(key(cell), (k) -> new HashMap<>()).put(cell.region(), cell);
			}
		}
		List<Cell> result = new ArrayList<>(cells);
		Map<String, BigDecimal> means = new HashMap<>();
		for (Map.Entry<String, Map<String, Cell>> entry : byKey.entrySet()) {
			Cell any = entry.getValue().values().iterator().next();
			BigDecimal mean = mean(entry.getValue(), municipalities);
			int decimals = catalog.measure(any.measure()).decimals();
			Cell group = new Cell(any.tableId(), groupRegion, any.period(), any.dim1(), any.cat1(), null, null, any.measure(),
					BigDecimal.ZERO, null);
			if (mean != null) {
				means.put(entry.getKey(), mean);
				result.add(group.withValue(mean.setScale(decimals, RoundingMode.HALF_UP)));
			}
			else {
				result.add(group.withSymbol(Symbol.MISSING));
			}
		}
		for (Map.Entry<String, Map<String, Cell>> entry : byKey.entrySet()) {
			Cell any = entry.getValue().values().iterator().next();
			if (!withIndex || !"percent".equals(any.measure())) {
				continue;
			}
			BigDecimal mean = means.get(entry.getKey());
			for (Cell cell : entry.getValue().values()) {
				Cell index = new Cell(cell.tableId(), cell.region(), cell.period(), cell.dim1(), cell.cat1(), null, null,
						"index", BigDecimal.ZERO, null);
				if (mean != null && mean.signum() != 0 && cell.hasValue()) {
					result.add(index.withValue(cell.value().multiply(BigDecimal.valueOf(100)).divide(mean, 1, RoundingMode.HALF_UP)));
				}
				else {
					result.add(index.withSymbol(cell.hasValue() ? Symbol.NOT_APPLICABLE : Symbol.MISSING));
				}
			}
		}
		if (withIndex) {
			byKey.forEach((key, byRegion) -> keyFigureIndex(byRegion, means.get(key), municipalities, result));
		}
		return result;
	}

	private static void keyFigureIndex(Map<String, Cell> byRegion, BigDecimal mean, List<String> municipalities,
			List<Cell> result) {
		Cell any = byRegion.values().iterator().next();
		if (!TableCatalog.KEY_FIGURES.equals(any.tableId())) {
			return;
		}
		for (String municipality : municipalities) {
			Cell figure = byRegion.get(municipality);
			Cell index = Cell.of(KEY_FIGURES_INDEX, municipality, any.period(), "indicator", any.measure(), null, null,
					"index", BigDecimal.ZERO);
			if (figure != null && figure.symbol() == Symbol.SUPPRESSED) {
				result.add(index.withSymbol(Symbol.SUPPRESSED));
			}
			else if (mean == null || figure == null || !figure.hasValue()) {
				result.add(index.withSymbol(Symbol.MISSING));
			}
			else if (mean.signum() == 0) {
				result.add(index.withSymbol(Symbol.NOT_APPLICABLE));
			}
			else {
				result.add(index.withValue(figure.value().multiply(HUNDRED).divide(mean, 1, RoundingMode.HALF_UP)));
			}
		}
	}

	private static BigDecimal mean(Map<String, Cell> cells, List<String> municipalities) {
		BigDecimal sum = BigDecimal.ZERO;
		for (String municipality : municipalities) {
			Cell cell = cells.get(municipality);
			if (cell == null || !cell.hasValue()) {
				return null;
			}
			sum = sum.add(cell.value());
		}
		return sum.divide(BigDecimal.valueOf(municipalities.size()), 6, RoundingMode.HALF_UP);
	}

	private static String key(Cell cell) {
		return cell.tableId() + "|" + cell.period() + "|" + cell.cat1() + "|" + cell.measure();
	}

}
