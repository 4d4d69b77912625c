package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table {@code key_figures_change}: for every region and period whose previous period (the year
 * before, for a month the same month of the year before) has key figures, the {@code change} of
 * every key figure (in its own unit, so percentage points for shares and months for durations) and
 * its {@code change_percent} (the change in percent of the previous value, one decimal; {@code .}
 * for shares and when the previous value is 0). It runs on published cells: when either value is
 * suppressed the change is {@code :}, when either is missing {@code ..} (and {@code ..} whenever the
 * previous value is missing, as when its source did not measure the figure).
 */
public final class KeyFigureChange {

	public static final String TABLE = "key_figures_change";

	private static final String KEY_FIGURES = TableCatalog.KEY_FIGURES;

	private static final String INDICATOR = "indicator";

	private KeyFigureChange() {
	}

	public static List<Cell> withChanges(List<Cell> cells, TableCatalog catalog) {
		Map<RegionPeriod, Map<String, Cell>> figures = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (KEY_FIGURES.equals(cell.tableId())) {
				figures.computeIfAbsent(RegionPeriod.of(cell), (k) -> new HashMap<>()).put(cell.measure(), cell);
			}
		}
		List<String> indicators = catalog.requireTable(KEY_FIGURES).measures();
		List<Cell> result = new ArrayList<>(cells);
		for (Map.Entry<RegionPeriod, Map<String, Cell>> regionPeriod : figures.entrySet()) {
			Map<String, Cell> previous = figures.get(regionPeriod.getKey().yearBefore());
			if (previous == null) {
				continue;
			}
			String region = regionPeriod.getKey().region().code();
			String period = regionPeriod.getKey().period().toString();
			for (String indicator : indicators) {
				Cell now = regionPeriod.getValue().get(indicator);
				Cell before = previous.get(indicator);
				Measure measure = catalog.measure(indicator);
				Cell change = cell(region, period, indicator, "change");
				Cell changePercent = cell(region, period, indicator, "change_percent");
				Symbol symbol = symbol(now, before);
				if (symbol != null) {
					result.add(change.withSymbol(symbol));
					result.add(changePercent.withSymbol(symbol));
					continue;
				}
				BigDecimal difference = now.value().subtract(before.value()).setScale(measure.decimals(), RoundingMode.HALF_UP);
				result.add(change.withValue(difference));
				result.add((isShare(measure) || before.value().signum() == 0)
						? changePercent.withSymbol(Symbol.NOT_APPLICABLE) : changePercent.withValue(
								difference.multiply(BigDecimal.valueOf(100)).divide(before.value(), 1, RoundingMode.HALF_UP)));
			}
		}
		return result;
	}

	/** Whether a measure is a share in percent, whose change is in percentage points and has no relative change. */
	public static boolean isShare(Measure measure) {
		return "percent".equals(measure.unit().en());
	}

	private static Symbol symbol(Cell now, Cell before) {
		if (before != null && before.symbol() == Symbol.MISSING) {
			return Symbol.MISSING;
		}
		if ((now != null && now.symbol() == Symbol.SUPPRESSED) || (before != null && before.symbol() == Symbol.SUPPRESSED)) {
			return Symbol.SUPPRESSED;
		}
		return (now == null || before == null || !now.hasValue() || !before.hasValue()) ? Symbol.MISSING : null;
	}

	private static Cell cell(String region, String period, String indicator, String measure) {
		return Cell.of(TABLE, region, period, INDICATOR, indicator, null, null, measure, BigDecimal.ZERO);
	}

}
