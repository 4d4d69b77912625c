package no.kostrabatch.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Formula;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;
import no.kostrabatch.statistics.Where;

/**
 * The tallies of one table for every region: each person-year is counted in its category, in the
 * subtotals that contain it and in {@code total}, for each dimension; a cell keeps one value per
 * count or sum its measures' formulas use.
 */
public final class TableTally {

	private final TableDefinition table;

	private final Dimension dim1;

	private final Dimension dim2;

	private final List<Formula.Term> terms;

	private final String[][] conditionDimensions;

	private final Set<?>[][] conditionCodes;

	private final String[] sums;

	private final Map<String, Map<String, Tally>> byRegion = new HashMap<>();

	private final Map<String, TreeSet<String>> openCodes = new HashMap<>();

	public TableTally(TableDefinition table, TableCatalog catalog) {
		this.table = table;
		this.dim1 = (table.dim1() != null) ? catalog.dimension(table.dim1()) : null;
		this.dim2 = (table.dim2() != null) ? catalog.dimension(table.dim2()) : null;
		Set<Formula.Term> terms = new LinkedHashSet<>();
		for (String measure : table.measures()) {
			terms.addAll(catalog.measure(measure).formula().inputs());
		}
		this.terms = List.copyOf(terms);
		int n = this.terms.size();
		this.conditionDimensions = new String[n][];
		this.conditionCodes = new Set<?>[n][];
		this.sums = new String[n];
		for (int i = 0; i < n; i++) {
			Formula.Term term = this.terms.get(i);
			this.conditionDimensions[i] = term.where().codes().keySet().toArray(String[]::new);
			this.conditionCodes[i] = term.where().codes().values().toArray(Set<?>[]::new);
			this.sums[i] = (term instanceof Formula.Sum sum) ? sum.variable() : null;
		}
	}

	/**
	 * Counts a person-year in every region given; {@code codes} gives the person's code in a
	 * dimension.
	 */
	public void add(PersonYear p, List<String> regions, Function<String, String> codes) {
		if (this.table.filter() != null
				&& !this.table.filter().codes().contains(codes.apply(this.table.filter().dimension()))) {
			return;
		}
		long[] values = new long[this.terms.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value(i, p, codes);
		}
		List<String> codes1 = codes(this.dim1, codes, regions);
		List<String> codes2 = codes(this.dim2, codes, regions);
		for (String region : regions) {
			Map<String, Tally> cells = this.byRegion.computeIfAbsent(region, (r) -> new HashMap<>());
			for (String c1 : codes1) {
				for (String c2 : codes2) {
					Tally tally = cells.computeIfAbsent(key(c1, c2), (k) -> new Tally(values.length));
					for (int i = 0; i < values.length; i++) {
						tally.add(i, values[i]);
					}
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private long value(int term, PersonYear p, Function<String, String> codes) {
		String[] dimensions = this.conditionDimensions[term];
		for (int c = 0; c < dimensions.length; c++) {
			if (!Where.accepts((Set<String>) this.conditionCodes[term][c], codes.apply(dimensions[c]))) {
				return 0;
			}
		}
		if (this.sums[term] != null) {
			Long value = PersonVariables.number(this.sums[term], p);
			return (value != null) ? value : 0;
		}
		return 1;
	}

	private List<String> codes(Dimension dimension, Function<String, String> classified, List<String> regions) {
		List<String> codes = new ArrayList<>();
		if (dimension == null) {
			codes.add("");
			return codes;
		}
		codes.add(Dimension.TOTAL);
		String code = classified.apply(dimension.id());
		codes.add(code);
		for (Category category : dimension.categories()) {
			if (category.members().contains(code)) {
				codes.add(category.code());
			}
		}
		if (dimension.open()) {
			for (String region : regions) {
				this.openCodes.computeIfAbsent(region + "|" + dimension.id(), (k) -> new TreeSet<>()).add(code);
			}
		}
		return codes;
	}

	public TableDefinition table() {
		return this.table;
	}

	/** The position of a term among the values a cell keeps. */
	public int index(Formula.Term term) {
		return this.terms.indexOf(term);
	}

	public Iterable<String> regions() {
		return new TreeSet<>(this.byRegion.keySet());
	}

	/** The categories of a dimension to publish for a region: the code list, or the codes seen. */
	public List<String> categories(Dimension dimension, String region) {
		if (dimension == null) {
			return List.of("");
		}
		if (!dimension.open()) {
			return dimension.categories().stream().map(Category::code).toList();
		}
		List<String> codes = new ArrayList<>();
		codes.add(Dimension.TOTAL);
		TreeSet<String> seen = this.openCodes.getOrDefault(region + "|" + dimension.id(), new TreeSet<>());
		seen.stream().filter((c) -> !Dimension.UNKNOWN.equals(c)).forEach(codes::add);
		if (seen.contains(Dimension.UNKNOWN)) {
			codes.add(Dimension.UNKNOWN);
		}
		return codes;
	}

	public Dimension dim1() {
		return this.dim1;
	}

	public Dimension dim2() {
		return this.dim2;
	}

	/** The tally of a cell, empty (all zero) when no one is in it. */
	public Tally tally(String region, String c1, String c2) {
		Tally tally = this.byRegion.getOrDefault(region, Map.of()).get(key(c1, c2));
		return (tally != null) ? tally : new Tally(this.terms.size());
	}

	private static String key(String c1, String c2) {
		return c1 + "|" + c2;
	}

}
