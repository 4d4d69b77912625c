package no.kostrabatch.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.kostrabatch.disclosure.internal.AdditiveGroups;
import no.kostrabatch.disclosure.internal.IntervalBounds;
import no.kostrabatch.disclosure.internal.LinkedSuppression;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.Region;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * Disclosure control of public outputs (STATISTICS.md): counts of 1..k−1 are suppressed (primary);
 * then, in every group of cells that add up to a published total, a group with a single suppressed
 * cell, or whose suppressed cells add up to no more than their number (each would be 1), gets its
 * smallest non-zero published inner cell suppressed too (never a total or a margin, which the linked
 * pass weighs against every table of the region), until no group is unsafe (secondary). Every
 * measure of a suppressed cell goes with it; so do the percentages of a column whose {@code unknown}
 * count is suppressed (they would reveal it through their denominator), and a change whose previous
 * count is suppressed. Key figures: counts under k, and shares and means built on them. Then the
 * linked pass ({@code LinkedSuppression}) over all count cells of the run together, tables, regions,
 * key figures and periods, suppresses more counts until none of the suppressed ones has a single
 * feasible value given everything published (docs/SECURITY.md). Tables
 * derived from other tables' cells (such as {@code key_figures_change}) are left as they are: they
 * are computed from published cells, after this control.
 */
public final class DisclosureControl {

	private static final Logger LOG = LoggerFactory.getLogger(DisclosureControl.class);

	private static final String KEY_FIGURES = TableCatalog.KEY_FIGURES;

	private final TableCatalog catalog;

	private final int k;

	private final boolean linked;

	/** Disclosure control over the whole publication: the table-by-table pass, then the linked pass. */
	public DisclosureControl(TableCatalog catalog, int minimumCount) {
		this(catalog, minimumCount, true);
	}

	private DisclosureControl(TableCatalog catalog, int minimumCount, boolean linked) {
		if (minimumCount < 1) {
			throw new IllegalArgumentException("The minimum count k must be at least 1");
		}
		this.catalog = catalog;
		this.k = minimumCount;
		this.linked = linked;
	}

	/**
	 * The table-by-table pass alone (the control before issue 10), which leaves counts that can be
	 * worked out across tables and regions: kept to show that the audit finds them.
	 */
	public static DisclosureControl tableByTable(TableCatalog catalog, int minimumCount) {
		return new DisclosureControl(catalog, minimumCount, false);
	}

	/**
	 * Suppresses what must be. The linked pass gives back what it did not need ({@code Release}); in a
	 * large component its check of a count pinned at its bound looks at one equation at a time, where
	 * the audit also solves linear programmes over the smaller components it finds, so the result is
	 * audited: where the audit can work out a count, the control runs again without giving back in
	 * that count's municipality (as it was before {@code Release}), and, should the audit still find
	 * one, in none.
	 */
	public DisclosureResult apply(List<Cell> cells) {
		if (!this.linked) {
			return apply(cells, (m) -> false);
		}
		DisclosureResult result = apply(cells, (m) -> true);
		Set<String> exposed = exposedMunicipalities(result);
		if (exposed != null && exposed.isEmpty()) {
			return result;
		}
		if (exposed == null) {
			LOG.info("Disclosure control: the audit cannot solve the published cells (not counted from one set "
					+ "of persons); controlling again without giving back any count");
		}
		else {
			LOG.info("Disclosure control: the audit of its result can work out counts in {}; controlling again "
					+ "without giving back counts there", exposed);
		}
		if (exposed != null) {
			result = apply(cells, (m) -> !exposed.contains(m));
			Set<String> still = exposedMunicipalities(result);
			if (still != null && still.isEmpty()) {
				return result;
			}
		}
		return apply(cells, (m) -> false);
	}

	/**
	 * The municipalities (first four digits of the region) of the counts the audit can work out; null
	 * where it cannot solve the published cells at all (hand-made cells that were not counted from one
	 * set of persons break its equations).
	 */
	private Set<String> exposedMunicipalities(DisclosureResult result) {
		Set<String> exposed = new HashSet<>();
		try {
			for (String violation : new DisclosureAudit(this.catalog, this.k).audit(result.cells()).violations()) {
				String[] words = violation.split(" ");
				String region = (words.length > 1) ? words[1] : "";
				exposed.add(region.isEmpty() ? region : Region.of(region).municipalityCode());
			}
		}
		catch (IllegalStateException ex) {
			return null;
		}
		return exposed;
	}

	private DisclosureResult apply(List<Cell> cells, java.util.function.Predicate<String> release) {
		Map<String, List<Cell>> byTable = new LinkedHashMap<>();
		for (Cell cell : cells) {
			byTable.computeIfAbsent(cell.tableId() + "|" + cell.region() + "|" + cell.period(), (x) -> new ArrayList<>())
				.add(cell);
		}
		Set<String> suppressed = new HashSet<>();
		int[] counts = new int[3];
		for (List<Cell> table : byTable.values()) {
			TableDefinition definition = this.catalog.requireTable(table.get(0).tableId());
			if (!definition.counted()) {
				continue;
			}
			if (definition.dim1() == null) {
				new KeyFigureSuppression(this.k, this.catalog.links(), definition.id()).apply(table, suppressed, counts);
			}
			else {
				suppressTable(definition, table, suppressed, counts);
			}
		}
		if (this.linked) {
			protectLinked(cells, suppressed, counts, release);
		}
		List<Cell> result = new ArrayList<>(cells.size());
		for (Cell cell : cells) {
			result.add(mustHide(cell, suppressed) ? cell.withSymbol(Symbol.SUPPRESSED) : cell);
		}
		return new DisclosureResult(result, counts[0], counts[1], counts[2]);
	}

	/**
	 * The linked pass: over all count cells of the run together (tables, regions, key figures, both
	 * periods), suppresses more counts until no suppressed count has a single feasible value.
	 */
	private void protectLinked(List<Cell> cells, Set<String> suppressed, int[] counts,
			java.util.function.Predicate<String> release) {
		Map<String, Long> trueCounts = new java.util.TreeMap<>(); // sorted: the control must not depend on the order of the cells
		Set<String> candidates = new HashSet<>();
		Map<String, Set<String>> figureCounts = new HashMap<>();
		this.catalog.links().figureCells().forEach((table, links) -> {
			Set<String> linked = new HashSet<>(this.catalog.links().counts(table).keySet());
			linked.addAll(links.keySet());
			figureCounts.put(table, linked);
		});
		for (Cell cell : cells) {
			if (!cell.hasValue() || cell.region().startsWith("group:")) {
				continue;
			}
			TableDefinition table = this.catalog.table(cell.tableId()).orElse(null);
			if (table == null || !table.counted()) {
				continue;
			}
			if (figureCounts.getOrDefault(table.id(), Set.of()).contains(cell.measure())) {
				String key = tablePrefix(cell) + cell.measure();
				trueCounts.put(key, cell.value().longValue());
				candidates.add(key);
			}
			else if (table.dim1() != null && this.catalog.countsEveryone(cell.measure())) {
				String key = tablePrefix(cell) + cellKey(cell);
				trueCounts.put(key, cell.value().longValue());
				candidates.add(key);
			}
		}
		Set<String> hidden = new HashSet<>(trueCounts.keySet());
		hidden.retainAll(suppressed);
		for (String key : LinkedSuppression.protect(this.catalog, trueCounts, hidden, candidates, release)) {
			if (suppressed.add(key)) {
				counts[1]++;
			}
			String[] p = key.split("\\|", -1);
			String prefix = p[0] + "|" + p[1] + "|" + p[2] + "|";
			if (p.length == 4) {
				for (String d : this.catalog.links().builtOn(p[0], p[3])) {
					if (suppressed.add(prefix + d) && trueCounts.containsKey(prefix + d)) {
						counts[1]++;
					}
				}
			}
			else if (Dimension.UNKNOWN.equals(p[3])) {
				suppressed.add(prefix + "percent-column|" + p[4]);
			}
		}
	}

	private void suppressTable(TableDefinition table, List<Cell> cells, Set<String> suppressed, int[] counts) {
		Map<String, Long> count = new HashMap<>();
		Set<String> cat1 = new LinkedHashSet<>();
		Set<String> cat2 = new LinkedHashSet<>();
		for (Cell cell : cells) {
			if (this.catalog.countsEveryone(cell.measure()) && cell.hasValue()) {
				count.put(cellKey(cell), cell.value().longValue());
				cat1.add(nz(cell.cat1()));
				cat2.add(nz(cell.cat2()));
			}
		}
		counts[2] += count.size();
		Set<String> hidden = new HashSet<>();
		count.forEach((key, n) -> {
			if (n > 0 && n < this.k) {
				hidden.add(key);
			}
		});
		counts[0] += hidden.size();
		int primary = hidden.size();
		List<List<String>> groups = AdditiveGroups.of(table, this.catalog, cat1, cat2);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (List<String> group : groups) {
				if (unsafe(group, count, hidden)) {
					String next = smallestPublished(group, count, hidden, this.linked);
					if (next != null) {
						hidden.add(next);
						changed = true;
					}
				}
			}
			if (!changed && !hidden.isEmpty()) {
				changed = protectExposed(groups, count, hidden, this.linked);
			}
		}
		counts[1] += hidden.size() - primary;
		String prefix = tablePrefix(cells.get(0));
		hidden.forEach((key) -> suppressed.add(prefix + key));
		for (String c2 : cat2) {
			if (hidden.contains(Dimension.UNKNOWN + "|" + c2)) {
				suppressed.add(prefix + "percent-column|" + c2);
			}
		}
	}

	/**
	 * A group is unsafe when one cell is its only suppressed one, or when its suppressed parts (each
	 * at least 1, since zeros are published) add up to no more than their number, which pins each at 1.
	 */
	private static boolean unsafe(List<String> group, Map<String, Long> count, Set<String> hidden) {
		long inGroup = group.stream().filter(hidden::contains).count();
		if (inGroup == 1) {
			return true;
		}
		String total = group.get(0);
		if (inGroup < 2 || hidden.contains(total) || !count.containsKey(total)) {
			return false;
		}
		long hiddenSum = count.get(total);
		for (String part : group.subList(1, group.size())) {
			if (!hidden.contains(part)) {
				hiddenSum -= count.getOrDefault(part, 0L);
			}
		}
		return hiddenSum <= inGroup;
	}

	/**
	 * When interval reasoning over all groups still pins suppressed cells to one value, suppresses for
	 * each the smallest published non-zero cell of a group that contains it. Returns whether it did.
	 */
	private static boolean protectExposed(List<List<String>> groups, Map<String, Long> count, Set<String> hidden,
			boolean innerOnly) {
		Map<String, Long> published = new HashMap<>(count);
		hidden.forEach(published::remove);
		IntervalBounds bounds = new IntervalBounds(groups, published, hidden);
		List<String> exposed = hidden.stream().filter((key) -> {
			long[] range = bounds.range(key);
			return range[0] == range[1];
		}).sorted().toList();
		boolean added = false;
		for (String key : exposed) {
			for (List<String> group : groups) {
				if (group.contains(key)) {
					String next = smallestPublished(group, count, hidden, innerOnly);
					if (next != null) {
						hidden.add(next);
						added = true;
						break;
					}
				}
			}
		}
		return added;
	}

	/**
	 * The smallest published non-zero cell of a group; {@code innerOnly}: never a total or a margin
	 * (where the linked pass follows, it protects what is left, and hiding a table's total here hid
	 * it in every table of its region).
	 */
	private static String smallestPublished(List<String> group, Map<String, Long> count, Set<String> hidden,
			boolean innerOnly) {
		String best = null;
		for (String key : group) {
			if (innerOnly && (key.startsWith(Dimension.TOTAL + "|") || key.endsWith("|" + Dimension.TOTAL))) {
				continue;
			}
			Long n = count.get(key);
			if (n != null && n > 0 && !hidden.contains(key) && (best == null || n < count.get(best))) {
				best = key;
			}
		}
		return best;
	}

	private boolean mustHide(Cell cell, Set<String> suppressed) {
		if (cell.dim1() == null) {
			return suppressed.contains(tablePrefix(cell) + cell.measure());
		}
		String prefix = tablePrefix(cell);
		if (suppressed.contains(prefix + cellKey(cell))) {
			return true;
		}
		if ("percent".equals(cell.measure()) && suppressed.contains(prefix + "percent-column|" + nz(cell.cat2()))) {
			return true;
		}
		if (cell.measure().startsWith("change")) {
			String previous = previousPeriod(cell.period());
			return suppressed.contains(cell.tableId() + "|" + cell.region() + "|" + previous + "|" + cellKey(cell));
		}
		return false;
	}

	static String previousPeriod(String period) {
		return Period.parse(period).yearBefore().toString();
	}

	static String tablePrefix(Cell cell) {
		return cell.tableId() + "|" + cell.region() + "|" + cell.period() + "|";
	}

	static String cellKey(Cell cell) {
		return nz(cell.cat1()) + "|" + nz(cell.cat2());
	}

	private static String nz(String text) {
		return (text != null) ? text : "";
	}

}
