package no.kostrabatch.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The tallies of one table for every region: each person-year is counted in its category, in the
 * subtotals that contain it and in {@code total}, for each dimension.
 */
public final class TableTally {

	private final TableDefinition table;

	private final Dimension dim1;

	private final Dimension dim2;

	private final Classifier classifier;

	private final Map<String, Map<String, Tally>> byRegion = new HashMap<>();

	private final Map<String, TreeSet<String>> openCodes = new HashMap<>();

	public TableTally(TableDefinition table, TableCatalog catalog, Classifier classifier) {
		this.table = table;
		this.dim1 = (table.dim1() != null) ? catalog.dimension(table.dim1()) : null;
		this.dim2 = (table.dim2() != null) ? catalog.dimension(table.dim2()) : null;
		this.classifier = classifier;
	}

	public void add(PersonYear p, List<String> regions) {
		if (this.table.filter() != null
				&& !this.table.filter().codes().contains(this.classifier.code(this.table.filter().dimension(), p))) {
			return;
		}
		List<String> codes1 = codes(this.dim1, p, regions);
		List<String> codes2 = codes(this.dim2, p, regions);
		Integer children = Classifier.childrenSupported(p);
		for (String region : regions) {
			Map<String, Tally> cells = this.byRegion.computeIfAbsent(region, (r) -> new HashMap<>());
			for (String c1 : codes1) {
				for (String c2 : codes2) {
					cells.computeIfAbsent(key(c1, c2), (k) -> new Tally())
						.add(p.supportMonths(), p.nok(), (children != null) ? children : 0);
				}
			}
		}
	}

	private List<String> codes(Dimension dimension, PersonYear p, List<String> regions) {
		List<String> codes = new ArrayList<>();
		if (dimension == null) {
			codes.add("");
			return codes;
		}
		codes.add(Dimension.TOTAL);
		String code = this.classifier.code(dimension.id(), p);
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
		return this.byRegion.getOrDefault(region, Map.of()).getOrDefault(key(c1, c2), new Tally());
	}

	private static String key(String c1, String c2) {
		return c1 + "|" + c2;
	}

}
