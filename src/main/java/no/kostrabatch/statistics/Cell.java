package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One published number: a measure of one category (or pair of categories) of one table, for one
 * region and period. Exactly one of {@code value} and {@code symbol} is set. Values are already
 * rounded to their published precision. {@code dim2}/{@code cat2} are {@code null} for
 * one-dimension tables and {@code dim1}/{@code cat1} are {@code null} for {@code key_figures}.
 */
public record Cell(String tableId, String region, String period, String dim1, String cat1, String dim2,
		String cat2, String measure, BigDecimal value, Symbol symbol) {

	public Cell {
		if ((value == null) == (symbol == null)) {
			throw new IllegalArgumentException("A cell has either a value or a symbol: " + tableId + "/" + measure);
		}
	}

	public static Cell of(String tableId, String region, String period, String dim1, String cat1, String dim2,
			String cat2, String measure, BigDecimal value) {
		return new Cell(tableId, region, period, dim1, cat1, dim2, cat2, measure, value, null);
	}

	public Cell withSymbol(Symbol newSymbol) {
		return new Cell(this.tableId, this.region, this.period, this.dim1, this.cat1, this.dim2, this.cat2,
				this.measure, null, newSymbol);
	}

	public Cell withValue(BigDecimal newValue) {
		return new Cell(this.tableId, this.region, this.period, this.dim1, this.cat1, this.dim2, this.cat2,
				this.measure, newValue, null);
	}

	public boolean hasValue() {
		return this.value != null;
	}

	/** What identifies the cell without its value. */
	public CellKey cellKey() {
		return new CellKey(this.tableId, this.region, this.period, this.dim1, this.cat1, this.dim2, this.cat2,
				this.measure);
	}

	/** {@link #cellKey()} as one text. */
	public String key() {
		return cellKey().text();
	}

	private static String nz(String s) {
		return (s != null) ? s : "";
	}

	/** The row order of {@code statistics.csv}, with categories in the catalogue order. */
	public static Comparator<Cell> order(TableCatalog catalog) {
		return Comparator.comparing(Cell::tableId)
			.thenComparing(Cell::region)
			.thenComparing(Cell::period)
			.thenComparing((Cell c) -> nz(c.dim1()))
			.thenComparingInt((Cell c) -> catalog.categoryRank(c.dim1(), c.cat1()))
			.thenComparing((Cell c) -> nz(c.cat1()))
			.thenComparing((Cell c) -> nz(c.dim2()))
			.thenComparingInt((Cell c) -> catalog.categoryRank(c.dim2(), c.cat2()))
			.thenComparing((Cell c) -> nz(c.cat2()))
			.thenComparing(Cell::measure);
	}

}
