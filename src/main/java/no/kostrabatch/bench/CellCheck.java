package no.kostrabatch.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Regions;

/**
 * Checks the job's unsuppressed cells against DuckDB's, exactly. Every DuckDB cell must be a job cell
 * with the same value; every value cell of the job in a table and measure DuckDB computes (for a
 * municipality or district of the year) must be one of DuckDB's or 0, since a GROUP BY has no row for
 * an empty category.
 */
public final class CellCheck {

	private CellCheck() {
	}

	/** Compares the cells of {@code period}. */
	public static Result compare(List<Cell> duckdb, List<Cell> job, String period) {
		Map<String, Cell> jobCells = new HashMap<>();
		for (Cell cell : job) {
			if (cell.period().equals(period)) {
				jobCells.put(cell.key(), cell);
			}
		}
		Set<String> families = new HashSet<>();
		Set<String> seen = new HashSet<>();
		List<String> differences = new ArrayList<>();
		int agreed = 0;
		for (Cell cell : duckdb) {
			families.add(family(cell));
			seen.add(cell.key());
			Cell other = jobCells.get(cell.key());
			if (other == null) {
				differences.add(cell.key() + ": DuckDB " + plain(cell.value()) + ", the job has no such cell");
			}
			else if (!other.hasValue()) {
				differences.add(cell.key() + ": DuckDB " + plain(cell.value()) + ", the job '" + other.symbol().text() + "'");
			}
			else if (other.value().compareTo(cell.value()) != 0) {
				differences.add(cell.key() + ": DuckDB " + plain(cell.value()) + ", the job " + plain(other.value()));
			}
			else {
				agreed++;
			}
		}
		for (Cell cell : jobCells.values()) {
			if (!cell.hasValue() || Regions.isGroup(cell.region()) || !families.contains(family(cell))
					|| seen.contains(cell.key())) {
				continue;
			}
			if (cell.value().signum() == 0) {
				agreed++;
			}
			else {
				differences.add(cell.key() + ": the job " + plain(cell.value()) + ", DuckDB has no such cell");
			}
		}
		differences.sort(null);
		return new Result(agreed, differences);
	}

	private static String family(Cell cell) {
		return cell.tableId() + "|" + cell.measure();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * The outcome.
	 *
	 * @param agreed cells with the same value on both sides (an empty category counts as 0 = 0)
	 * @param differences one line per cell that differs, sorted by cell key
	 */
	public record Result(int agreed, List<String> differences) {

		public boolean agrees() {
			return this.differences.isEmpty();
		}

	}

}
