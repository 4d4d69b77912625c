package no.kostrabatch.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.disclosure.internal.AdditiveGroups;
import no.kostrabatch.disclosure.internal.IntervalBounds;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * Proves from published cells alone that no suppressed count can be worked out: no published count
 * is 1..k−1; no group of cells that adds up to a published total has exactly one suppressed cell;
 * and, by interval propagation over every such group (each suppressed cell is at least 1 and every
 * group sums to its total), every suppressed cell keeps more than one feasible value.
 */
public final class DisclosureAudit {

	private static final String RECIPIENTS = "recipients";

	private final TableCatalog catalog;

	private final int k;

	public DisclosureAudit(TableCatalog catalog, int minimumCount) {
		this.catalog = catalog;
		this.k = minimumCount;
	}

	/** The outcome: the tables checked and every violation as a sentence. */
	public record Report(int tablesChecked, int suppressedCells, List<String> violations) {

		public boolean passed() {
			return this.violations.isEmpty();
		}

	}

	public Report audit(List<Cell> cells) {
		Map<String, List<Cell>> tables = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (RECIPIENTS.equals(cell.measure()) && cell.dim1() != null && !cell.region().startsWith("group:")) {
				tables.computeIfAbsent(cell.tableId() + "|" + cell.region() + "|" + cell.period(), (x) -> new ArrayList<>())
					.add(cell);
			}
		}
		List<String> violations = new ArrayList<>();
		int suppressed = 0;
		for (Map.Entry<String, List<Cell>> entry : tables.entrySet()) {
			suppressed += auditTable(entry.getKey(), entry.getValue(), violations);
		}
		return new Report(tables.size(), suppressed, violations);
	}

	private int auditTable(String name, List<Cell> cells, List<String> violations) {
		TableDefinition table = this.catalog.requireTable(cells.get(0).tableId());
		Map<String, Long> known = new HashMap<>();
		Set<String> hidden = new HashSet<>();
		Set<String> cat1 = new LinkedHashSet<>();
		Set<String> cat2 = new LinkedHashSet<>();
		for (Cell cell : cells) {
			String key = nz(cell.cat1()) + "|" + nz(cell.cat2());
			cat1.add(nz(cell.cat1()));
			cat2.add(nz(cell.cat2()));
			if (cell.symbol() == Symbol.SUPPRESSED) {
				hidden.add(key);
			}
			else if (cell.hasValue()) {
				long n = cell.value().longValue();
				known.put(key, n);
				if (n > 0 && n < this.k) {
					violations.add(name + ": the count " + n + " of " + key + " is published (under " + this.k + ").");
				}
			}
		}
		if (hidden.isEmpty()) {
			return 0;
		}
		List<List<String>> groups = AdditiveGroups.of(table, this.catalog, cat1, cat2);
		for (List<String> group : groups) {
			long inGroup = group.stream().filter(hidden::contains).count();
			if (inGroup == 1) {
				violations.add(name + ": " + group.stream().filter(hidden::contains).findFirst().get()
						+ " is the only suppressed cell of a group that adds up to " + group.get(0) + ".");
			}
		}
		IntervalBounds intervals = new IntervalBounds(groups, known, hidden);
		for (String key : hidden) {
			long[] range = intervals.range(key);
			if (range[0] == range[1]) {
				violations.add(name + ": " + key + " can be worked out exactly (" + range[0] + ").");
			}
		}
		return hidden.size();
	}

	private static String nz(String s) {
		return (s != null) ? s : "";
	}

}
