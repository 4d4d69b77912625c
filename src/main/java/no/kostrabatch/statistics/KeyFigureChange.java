package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of changes: every table of the catalogue that is {@code derived_from} a table without
 * dimensions and publishes {@code change} ({@code key_figures_change} from {@code key_figures},
 * {@code monthly_status_change} from {@code monthly_status}). For every region and period whose
 * previous period (the year before, for a month the same month of the year before) has cells of the
 * source table, the {@code change} of each of its measures (in the measure's own unit, so percentage
 * points for shares and months for durations) and, where the table publishes it, its
 * {@code change_percent} (the change in percent of the previous value, one decimal; {@code .} for
 * shares and when the previous value is 0). It runs on published cells: when the previous value is
 * missing the change is {@code ..} (as when its source did not measure the figure), else when either
 * value is suppressed {@code :}, else when either has no value {@code ..}.
 */
public final class KeyFigureChange {

	/** The change of the key figures. */
	public static final String TABLE = "key_figures_change";

	/** The change of the monthly status from the same month last year. */
	public static final String MONTHLY_TABLE = "monthly_status_change";

	private static final String CHANGE = "change";

	private static final String CHANGE_PERCENT = "change_percent";

	private KeyFigureChange() {
	}

	/** The cells with those of every table of changes the catalogue declares. */
	public static List<Cell> withChanges(List<Cell> cells, TableCatalog catalog) {
		List<Cell> result = new ArrayList<>(cells);
		for (TableDefinition table : catalog.tables()) {
			if (isChangeTable(table, catalog)) {
				result.addAll(changes(cells, catalog, table));
			}
		}
		return result;
	}

	/** The table of changes derived from a table, if the catalogue has one. */
	public static Optional<TableDefinition> changeTableOf(String tableId, TableCatalog catalog) {
		return catalog.tables()
			.stream()
			.filter((t) -> tableId.equals(t.derivedFrom()) && isChangeTable(t, catalog))
			.findFirst();
	}

	private static boolean isChangeTable(TableDefinition table, TableCatalog catalog) {
		return !table.counted() && table.measures().contains(CHANGE)
				&& catalog.table(table.derivedFrom()).map((from) -> from.dim1() == null).orElse(false);
	}

	private static List<Cell> changes(List<Cell> cells, TableCatalog catalog, TableDefinition table) {
		String from = table.derivedFrom();
		Map<RegionPeriod, Map<String, Cell>> figures = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (from.equals(cell.tableId())) {
				figures.computeIfAbsent(RegionPeriod.of(cell), (k) -> new HashMap<>()).put(cell.measure(), cell);
			}
		}
		List<String> indicators = catalog.requireTable(from).measures();
		boolean withPercent = table.measures().contains(CHANGE_PERCENT);
		List<Cell> result = new ArrayList<>();
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
				Cell change = cell(table, region, period, indicator, CHANGE);
				Cell changePercent = cell(table, region, period, indicator, CHANGE_PERCENT);
				Symbol symbol = symbol(now, before);
				if (symbol != null) {
					result.add(change.withSymbol(symbol));
					if (withPercent) {
						result.add(changePercent.withSymbol(symbol));
					}
					continue;
				}
				BigDecimal difference = now.value().subtract(before.value()).setScale(measure.decimals(), RoundingMode.HALF_UP);
				result.add(change.withValue(difference));
				if (withPercent) {
					result.add((isShare(measure) || before.value().signum() == 0)
							? changePercent.withSymbol(Symbol.NOT_APPLICABLE) : changePercent.withValue(
									difference.multiply(BigDecimal.valueOf(100)).divide(before.value(), 1, RoundingMode.HALF_UP)));
				}
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

	private static Cell cell(TableDefinition table, String region, String period, String indicator, String measure) {
		return Cell.of(table.id(), region, period, table.dim1(), indicator, null, null, measure, BigDecimal.ZERO);
	}

}
