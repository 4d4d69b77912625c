package no.kostrabatch.report.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The cells of one table, region and period from leaf counts: totals and subtotals added up, then
 * every measure of the table as {@code TableCells} derives it.
 */
final class FixtureCells {

	private final TableCatalog catalog;

	private final TableDefinition table;

	private final String region;

	private final String period;

	FixtureCells(TableCatalog catalog, TableDefinition table, String region, String period) {
		this.catalog = catalog;
		this.table = table;
		this.region = region;
		this.period = period;
	}

	List<Cell> cells(Map<String, Map<String, Long>> leaves, SplittableRandom random) {
		List<String> down = codes(this.table.dim1(), leaves.keySet());
		List<String> across = (this.table.dim2() != null)
				? codes(this.table.dim2(), leaves.values().iterator().next().keySet()) : List.of("");
		List<Cell> cells = new ArrayList<>();
		for (String c2 : across) {
			long known = sum(leaves, Dimension.TOTAL, c2) - sum(leaves, Dimension.UNKNOWN, c2);
			for (String c1 : down) {
				long n = sum(leaves, c1, c2);
				for (String measure : this.table.measures()) {
					Cell cell = cell(measure, c1, c2, n, known, leaves, random);
					if (cell != null) {
						cells.add(cell);
					}
				}
			}
		}
		return cells;
	}

	private Cell cell(String measure, String c1, String c2, long n, long known, Map<String, Map<String, Long>> leaves,
			SplittableRandom random) {
		Cell empty = Cell.of(this.table.id(), this.region, this.period, this.table.dim1(), c1, this.table.dim2(),
				c2.isEmpty() ? null : c2, measure, BigDecimal.ZERO);
		return switch (measure) {
			case "recipients" -> empty.withValue(BigDecimal.valueOf(n));
			case "percent" -> (Dimension.UNKNOWN.equals(c1) || known == 0) ? empty.withSymbol(Symbol.NOT_APPLICABLE)
					: empty.withValue(WorkbookFixtures.ratio(100 * (Dimension.TOTAL.equals(c1) ? known : n), known, 1));
			case "children" -> empty.withValue(BigDecimal.valueOf(children(leaves, c1)));
			case "per_1000" -> empty.withSymbol(Symbol.MISSING);
			case "nok_per_month" -> (n == 0) ? empty.withSymbol(Symbol.NOT_APPLICABLE)
					: empty.withValue(BigDecimal.valueOf(7000 + random.nextInt(5000)));
			case "mean_months" -> meanMonths(empty, c1, c2, leaves);
			default -> null;
		};
	}

	private Cell meanMonths(Cell empty, String c1, String c2, Map<String, Map<String, Long>> leaves) {
		boolean monthsDown = "months".equals(this.table.dim1());
		if (!Dimension.TOTAL.equals(monthsDown ? c1 : c2)) {
			return null;
		}
		long persons = 0;
		long months = 0;
		for (String m : WorkbookFixtures.leaves("months", this.region)) {
			long n = monthsDown ? sum(leaves, m, c2) : sum(leaves, c1, m);
			persons += n;
			months += n * Integer.parseInt(m);
		}
		return (persons == 0) ? empty.withSymbol(Symbol.NOT_APPLICABLE)
				: empty.withValue(WorkbookFixtures.ratio(months, persons, 1));
	}

	private long children(Map<String, Map<String, Long>> leaves, String code) {
		if (!Dimension.TOTAL.equals(code)) {
			return sum(leaves, code, "") * childrenPer(code);
		}
		return leaves.keySet().stream().mapToLong((leaf) -> sum(leaves, leaf, "") * childrenPer(leaf)).sum();
	}

	private static long childrenPer(String code) {
		return switch (code) {
			case "unknown" -> 1;
			case "6+" -> 6;
			default -> Long.parseLong(code);
		};
	}

	/** The count of a category pair, adding up totals and subtotals from the leaves. */
	private long sum(Map<String, Map<String, Long>> leaves, String c1, String c2) {
		long total = 0;
		for (var row : leaves.entrySet()) {
			if (!covers(this.table.dim1(), c1, row.getKey())) {
				continue;
			}
			for (var cell : row.getValue().entrySet()) {
				if (c2.isEmpty() || covers(this.table.dim2(), c2, cell.getKey())) {
					total += cell.getValue();
				}
			}
		}
		return total;
	}

	private boolean covers(String dimension, String code, String leaf) {
		if (Dimension.TOTAL.equals(code) || code.equals(leaf)) {
			return true;
		}
		return this.catalog.dimension(dimension).category(code).map((c) -> c.members().contains(leaf)).orElse(false);
	}

	private List<String> codes(String dimension, Iterable<String> leaves) {
		List<String> codes = new ArrayList<>();
		codes.add(Dimension.TOTAL);
		Dimension d = this.catalog.dimension(dimension);
		if (d.open()) {
			leaves.forEach(codes::add);
			return codes;
		}
		for (Category category : d.categories()) {
			if (category.isSubtotal()) {
				codes.add(category.code());
			}
			for (String leaf : leaves) {
				if (leaf.equals(category.code())) {
					codes.add(leaf);
				}
			}
		}
		return codes;
	}

}
