package no.kostrabatch.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.disclosure.internal.CellRanges;
import no.kostrabatch.disclosure.internal.Determinacy;
import no.kostrabatch.disclosure.internal.LinkedSystem;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * An attack on published cells alone: builds the linked system of every count published together
 * (all tables, regions, key figures and periods of the cells given, as {@link LinkedSystem} says)
 * and works out, for every suppressed count, its smallest and largest value over all non-negative
 * solutions (linear programmes). A suppressed count whose range is a single value can be worked out;
 * so can a published count of 1..k−1. The guarantee is for the links the system models (SECURITY.md).
 */
public final class DisclosureAudit {

	/** Components of more than this many unknowns get the single-value test only, with no ranges. */
	public static final int LARGE_COMPONENT = CellRanges.LP_LIMIT;

	private final TableCatalog catalog;

	private final int k;

	public DisclosureAudit(TableCatalog catalog, int minimumCount) {
		this.catalog = catalog;
		this.k = minimumCount;
	}

	/**
	 * The outcome.
	 * @param tablesChecked the (table, region, period) with counts
	 * @param suppressedCells the suppressed count cells
	 * @param countCells all count cells
	 * @param narrowerThanK suppressed counts whose range is narrower than k
	 * @param smallestRange the narrowest range found (max − min), or −1 when none is narrower than k
	 * @param withoutRange suppressed counts in components too large for the linear programmes: for
	 * them the audit finds single values (zeros by propagation, then the equations) but no range
	 * @param violations every count that can be worked out, as a sentence
	 * @param millis the time the audit took
	 */
	public record Report(int tablesChecked, int suppressedCells, int countCells, int narrowerThanK, long smallestRange,
			int withoutRange, List<String> violations, long millis) {

		public boolean passed() {
			return this.violations.isEmpty();
		}

		/** Share of count cells hidden, 0..1. */
		public double informationLoss() {
			return (this.countCells == 0) ? 0.0 : (double) this.suppressedCells / this.countCells;
		}

	}

	/**
	 * Whether the single-value test of a large component solves its linear programme (OR-Tools' native
	 * library loads on this platform and the programmes are not switched off); without it, a count
	 * pinned by several equations together is not found there.
	 */
	public static boolean solvesLargeComponents() {
		return CellRanges.largeProgrammesAvailable();
	}

	public Report audit(List<Cell> cells) {
		long start = System.nanoTime();
		Map<String, Long> counts = new LinkedHashMap<>();
		Set<String> tables = new HashSet<>();
		Map<String, List<String>> keyFigureLinks = this.catalog.links().counts(TableCatalog.KEY_FIGURES);
		Set<String> keyFigureCounts = new HashSet<>(keyFigureLinks.keySet());
		keyFigureCounts.addAll(this.catalog.links().keyFigures().keySet());
		List<String> violations = new ArrayList<>();
		for (Cell cell : cells) {
			TableDefinition table = this.catalog.table(cell.tableId()).orElse(null);
			if (table == null || !table.counted() || cell.region().startsWith("group:")
					|| (!cell.hasValue() && cell.symbol() != Symbol.SUPPRESSED)) {
				continue;
			}
			String key;
			if (TableCatalog.KEY_FIGURES.equals(table.id()) && keyFigureCounts.contains(cell.measure())) {
				key = DisclosureControl.tablePrefix(cell) + cell.measure();
			}
			else if (table.dim1() != null && this.catalog.countsEveryone(cell.measure())) {
				key = DisclosureControl.tablePrefix(cell) + DisclosureControl.cellKey(cell);
				tables.add(DisclosureControl.tablePrefix(cell));
			}
			else {
				continue;
			}
			Long value = cell.hasValue() ? cell.value().longValue() : null;
			counts.put(key, value);
			if (value != null && value > 0 && value < this.k && keyFigureLinks.containsKey(cell.measure())) {
				violations.add(key + ": the count " + value + " is published (under " + this.k + ").");
			}
		}
		LinkedSystem system = LinkedSystem.build(this.catalog, counts, false);
		boolean[] unknown = new boolean[system.size()];
		int suppressed = 0;
		for (int v = 0; v < system.size(); v++) {
			unknown[v] = system.value(v) == null;
			if (unknown[v] && !system.isHelper(v)) {
				suppressed++;
			}
		}
		int narrower = 0;
		long smallest = -1;
		int withoutRange = 0;
		for (Determinacy.Component component : Determinacy.components(system, unknown)) {
			if (component.unknowns().size() > CellRanges.LP_LIMIT) {
				withoutRange += (int) component.unknowns().stream().filter((v) -> !system.isHelper(v)).count();
			}
			for (Map.Entry<Integer, long[]> range : CellRanges.narrow(system, unknown, component, this.k).entrySet()) {
				long width = range.getValue()[1] - range.getValue()[0];
				narrower++;
				smallest = (smallest == -1) ? width : Math.min(smallest, width);
				if (range.getValue()[0] < 0) {
					withoutRange--;
				}
				if (width == 0) {
					violations.add(describe(system.name(range.getKey())) + " can be worked out exactly"
							+ ((range.getValue()[0] >= 0) ? " (" + range.getValue()[0] + ")." : "."));
				}
			}
		}
		violations.sort(null);
		return new Report(tables.size(), suppressed, counts.size(), narrower, smallest, withoutRange, violations,
				(System.nanoTime() - start) / 1_000_000);
	}

	/** A count cell key as table, region, period and category. */
	private static String describe(String key) {
		String[] p = key.split("\\|", -1);
		if (p.length == 4) {
			return p[0] + " " + p[1] + " " + p[2] + " " + p[3];
		}
		return p[0] + " " + p[1] + " " + p[2] + " " + p[3] + (p[4].isEmpty() ? "" : " × " + p[4]);
	}

}
