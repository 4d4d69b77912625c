package no.kostrabatch.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Formula;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The one interpreter of the catalogue's formulas: turns a table's tallies into cells, one per
 * category (pair) and measure. A ratio with a denominator of 0 is the measure's {@code zero} symbol;
 * a mean of a variable a dimension of the table bands is given only on that dimension's
 * {@code total}; a rate per inhabitant is {@code ..} until a population fills it in.
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
				for (String c1 : tally.categories(tally.dim1(), region)) {
					for (String measure : table.measures()) {
						Cell empty = new Cell(table.id(), region, period, table.dim1(), nullIfEmpty(c1), table.dim2(),
								nullIfEmpty(c2), measure, BigDecimal.ZERO, null);
						Cell cell = cell(empty, tally, this.catalog.measure(measure));
						if (cell != null) {
							cells.add(cell);
						}
					}
				}
			}
		}
		return cells;
	}

	private Cell cell(Cell empty, TableTally tally, Measure measure) {
		Tally t = tally.tally(empty.region(), nz(empty.cat1()), nz(empty.cat2()));
		int decimals = measure.decimals();
		Formula formula = measure.formula();
		if (formula instanceof Formula.Term term) {
			return empty.withValue(Numbers.count(t.value(tally.index(term))));
		}
		if (formula instanceof Formula.Mean mean) {
			return bandsAt(tally, mean.variable(), empty) ? null
					: orSymbol(empty, Numbers.ratio(t.value(tally.index(mean.sum())), t.value(tally.index(mean.count())), 1,
							decimals), measure.zero());
		}
		if (formula instanceof Formula.Ratio ratio) {
			return orSymbol(empty, Numbers.ratio(t.value(tally.index(ratio.numerator())),
					t.value(tally.index(ratio.denominator())), ratio.factor(), decimals), measure.zero());
		}
		if (formula instanceof Formula.ShareOfKnown share) {
			return shareOfKnown(empty, tally, t, tally.index(share.term()), measure);
		}
		return empty.withSymbol(Symbol.MISSING);
	}

	private static Cell shareOfKnown(Cell empty, TableTally tally, Tally t, int term, Measure measure) {
		if (Dimension.UNKNOWN.equals(empty.cat1())) {
			return empty.withSymbol(Symbol.NOT_APPLICABLE);
		}
		String c2 = nz(empty.cat2());
		long known = tally.tally(empty.region(), Dimension.TOTAL, c2).value(term)
				- tally.tally(empty.region(), Dimension.UNKNOWN, c2).value(term);
		long value = Dimension.TOTAL.equals(empty.cat1()) ? known : t.value(term);
		return orSymbol(empty, Numbers.ratio(value, known, 100, measure.decimals()), measure.zero());
	}

	/** Whether a dimension of the table bands the variable and the cell is not on its total. */
	private static boolean bandsAt(TableTally tally, String variable, Cell cell) {
		return (bands(tally.dim1(), variable) && !Dimension.TOTAL.equals(cell.cat1()))
				|| (bands(tally.dim2(), variable) && !Dimension.TOTAL.equals(cell.cat2()));
	}

	private static boolean bands(Dimension dimension, String variable) {
		return dimension != null && dimension.classification() != null
				&& variable.equals(dimension.classification().variable());
	}

	private static Cell orSymbol(Cell cell, BigDecimal value, Symbol symbol) {
		return (value != null) ? cell.withValue(value) : cell.withSymbol(symbol);
	}

	private static String nullIfEmpty(String code) {
		return (code == null || code.isEmpty()) ? null : code;
	}

	private static String nz(String code) {
		return (code == null) ? "" : code;
	}

}
