package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.internal.Numbers;

/**
 * Adds {@code change} and {@code change_percent} of the recipients to every table with dimensions,
 * against the same cell of the previous period. A region the previous period does not have gets no
 * change; a category it lacks gets {@code ..}.
 */
public final class Comparison {

	private Comparison() {
	}

	public static List<Cell> withChanges(List<Cell> current, List<Cell> previous) {
		Map<String, Cell> before = new HashMap<>();
		Set<String> regionsBefore = new HashSet<>();
		for (Cell cell : previous) {
			if ("recipients".equals(cell.measure()) && cell.dim1() != null) {
				before.put(key(cell), cell);
				regionsBefore.add(cell.tableId() + "|" + cell.region());
			}
		}
		List<Cell> result = new ArrayList<>(current);
		for (Cell cell : current) {
			if (!"recipients".equals(cell.measure()) || cell.dim1() == null
					|| !regionsBefore.contains(cell.tableId() + "|" + cell.region())) {
				continue;
			}
			Cell old = before.get(key(cell));
			Cell change = as(cell, "change");
			Cell changePercent = as(cell, "change_percent");
			if (old == null || !old.hasValue() || !cell.hasValue()) {
				result.add(change.withSymbol(Symbol.MISSING));
				result.add(changePercent.withSymbol(Symbol.MISSING));
				continue;
			}
			BigDecimal difference = cell.value().subtract(old.value());
			result.add(change.withValue(difference));
			BigDecimal percent = Numbers.ratio(difference.longValueExact(), old.value().longValueExact(), 100, 1);
			result.add((percent != null) ? changePercent.withValue(percent) : changePercent.withSymbol(Symbol.NOT_APPLICABLE));
		}
		return result;
	}

	private static Cell as(Cell cell, String measure) {
		return new Cell(cell.tableId(), cell.region(), cell.period(), cell.dim1(), cell.cat1(), cell.dim2(), cell.cat2(),
				measure, BigDecimal.ZERO, null);
	}

	private static String key(Cell cell) {
		return String.join("|", cell.tableId(), cell.region(), String.valueOf(cell.cat1()), String.valueOf(cell.cat2()));
	}

}
