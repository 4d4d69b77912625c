package no.kostrabatch.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * Turns a table's tallies into cells, one per category (pair) and measure. {@code percent} is over
 * the recipients with a known value in the same column; {@code mean_months} is given where the
 * months category is {@code total}; {@code per_1000} needs a population and is {@code ..} without.
 */
public final class TableCells {

	private final TableCatalog catalog;

	public TableCells(TableCatalog catalog) {
		this.catalog = catalog;
	}

	public List<Cell> cells(TableTally tally, String period) {
		List<Cell> cells = new ArrayList<>();
		TableDefinition table = tally.table();
		for (String region : tally.regions()) {
			for (String c2 : tally.categories(tally.dim2(), region)) {
				long known = tally.tally(region, Dimension.TOTAL, c2).recipients()
						- tally.tally(region, Dimension.UNKNOWN, c2).recipients();
				for (String c1 : tally.categories(tally.dim1(), region)) {
					Tally t = tally.tally(region, c1, c2);
					for (String measure : table.measures()) {
						Cell cell = cell(table, region, period, c1, c2, measure, t, known);
						if (cell != null) {
							cells.add(cell);
						}
					}
				}
			}
		}
		return cells;
	}

	private Cell cell(TableDefinition table, String region, String period, String c1, String c2, String measure,
			Tally t, long known) {
		int decimals = this.catalog.measure(measure).decimals();
		Cell empty = new Cell(table.id(), region, period, table.dim1(), nullIfEmpty(c1), table.dim2(), nullIfEmpty(c2),
				measure, BigDecimal.ZERO, null);
		return switch (measure) {
			case "recipients" -> empty.withValue(Numbers.count(t.recipients()));
			case "percent" -> Dimension.UNKNOWN.equals(c1) ? empty.withSymbol(Symbol.NOT_APPLICABLE)
					: orSymbol(empty, Numbers.ratio(Dimension.TOTAL.equals(c1) ? known : t.recipients(), known, 100,
							decimals), Symbol.NOT_APPLICABLE);
			case "mean_months" -> isMonthsTotal(table, c1, c2)
					? orSymbol(empty, Numbers.ratio(t.supportMonths(), t.recipients(), 1, decimals), Symbol.NOT_APPLICABLE)
					: null;
			case "children" -> empty.withValue(Numbers.count(t.children()));
			case "nok" -> empty.withValue(Numbers.count(t.nok()));
			case "nok_per_recipient" -> orSymbol(empty, Numbers.ratio(t.nok(), t.recipients(), 1, decimals),
					Symbol.NOT_APPLICABLE);
			case "nok_per_month" -> orSymbol(empty, Numbers.ratio(t.nok(), t.supportMonths(), 1, decimals),
					Symbol.NOT_APPLICABLE);
			case "per_1000" -> empty.withSymbol(Symbol.MISSING);
			default -> null;
		};
	}

	private static boolean isMonthsTotal(TableDefinition table, String c1, String c2) {
		if ("months".equals(table.dim1())) {
			return Dimension.TOTAL.equals(c1);
		}
		if ("months".equals(table.dim2())) {
			return Dimension.TOTAL.equals(c2);
		}
		return true;
	}

	private static Cell orSymbol(Cell cell, BigDecimal value, Symbol symbol) {
		return (value != null) ? cell.withValue(value) : cell.withSymbol(symbol);
	}

	private static String nullIfEmpty(String code) {
		return (code == null || code.isEmpty()) ? null : code;
	}

}
