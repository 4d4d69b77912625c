package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.kostrabatch.statistics.internal.Ranges;

/**
 * Works out the {@link CountLinks} of a catalogue from its formulas: a figure is built on a count or
 * sum that is among the inputs of its formula, and a sum on the count of the persons it sums over
 * (the same condition: paid out to 2 recipients is what those 2 got); counts whose conditions split one dimension's codes
 * add up to the count of the union; a key-figure count with a condition on one dimension is that
 * dimension's cells of a one-dimension table, and a sum of a variable a dimension bands in single
 * values is those cells weighted by their value.
 */
final class LinkDerivation {

	private LinkDerivation() {
	}

	/**
	 * The links of a catalogue; {@code dimensions} in the order of {@code dimensions.yaml}, which
	 * disclosure control builds its equations in.
	 */
	static CountLinks derive(TableCatalog catalog, List<Dimension> dimensions) {
		List<List<String>> bandings = bandings(dimensions);
		Map<String, Map<String, List<String>>> derived = new LinkedHashMap<>();
		Map<String, List<List<String>>> additive = new LinkedHashMap<>();
		Map<String, Set<String>> countIds = new LinkedHashMap<>();
		for (TableDefinition table : catalog.tables()) {
			if (table.dim1() == null && table.counted()) {
				derived.put(table.id(), builtOn(catalog, table));
				additive.put(table.id(), additive(catalog, table));
				countIds.put(table.id(), new LinkedHashSet<>(
						table.measures().stream().filter((m) -> catalog.measure(m).count()).toList()));
			}
		}
		Map<String, Map<String, CountLinks.KeyFigureCells>> figureCells = new LinkedHashMap<>();
		for (TableDefinition table : catalog.tables()) {
			if (table.dim1() == null && table.counted()
					&& table.measures().stream().allMatch((m) -> catalog.measure(m).counted())) {
				figureCells.put(table.id(), keyFigureCells(catalog, table));
			}
		}
		return new CountLinks(figureCells, bandings, derived, additive, countIds);
	}

	/**
	 * Groups of two or more dimensions classified in bands of one variable, each band coded as its
	 * range: disclosure control relates their cells through the finest bands.
	 */
	private static List<List<String>> bandings(List<Dimension> dimensions) {
		Map<String, List<String>> byVariable = new LinkedHashMap<>();
		for (Dimension dimension : dimensions) {
			Classification c = dimension.classification();
			if (c != null && c.codedAsRanges()) {
				byVariable.computeIfAbsent(c.variable(), (v) -> new ArrayList<>()).add(dimension.id());
			}
		}
		return byVariable.values().stream().filter((group) -> group.size() > 1).map(List::copyOf).toList();
	}

	private static Map<String, List<String>> builtOn(TableCatalog catalog, TableDefinition table) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (String base : table.measures()) {
			Measure measure = catalog.measure(base);
			if (!(measure.formula() instanceof Formula.Term) && !measure.count()) {
				continue;
			}
			List<String> built = new ArrayList<>();
			for (String other : table.measures()) {
				Measure m = catalog.measure(other);
				boolean uses = (measure.formula() instanceof Formula.Term term && m.formula() != null
						&& m.formula().inputs().contains(term));
				boolean sumsItsPersons = measure.formula() instanceof Formula.Count count
						&& m.formula() instanceof Formula.Sum sum && sum.where().equals(count.where());
				if (!other.equals(base) && (uses || sumsItsPersons || m.follows().contains(base))) {
					built.add(other);
				}
			}
			result.put(base, List.copyOf(built));
		}
		return result;
	}

	private static List<List<String>> additive(TableCatalog catalog, TableDefinition table) {
		Map<String, Map.Entry<String, Set<String>>> conditions = new LinkedHashMap<>();
		for (String id : table.measures()) {
			if (catalog.measure(id).formula() instanceof Formula.Count count && count.where().codes().size() == 1) {
				Map.Entry<String, Set<String>> only = count.where().codes().entrySet().iterator().next();
				conditions.put(id, Map.entry(only.getKey(), leaves(catalog.dimension(only.getKey()), only.getValue())));
			}
		}
		List<List<String>> groups = new ArrayList<>();
		List<String> ids = new ArrayList<>(conditions.keySet());
		for (String total : ids) {
			for (int i = 0; i < ids.size(); i++) {
				for (int j = i + 1; j < ids.size(); j++) {
					Map.Entry<String, Set<String>> a = conditions.get(ids.get(i));
					Map.Entry<String, Set<String>> b = conditions.get(ids.get(j));
					Map.Entry<String, Set<String>> t = conditions.get(total);
					if (!a.getKey().equals(t.getKey()) || !b.getKey().equals(t.getKey())
							|| !Collections.disjoint(a.getValue(), b.getValue())) {
						continue;
					}
					Set<String> union = new LinkedHashSet<>(a.getValue());
					union.addAll(b.getValue());
					if (union.equals(t.getValue())) {
						groups.add(List.of(ids.get(i), ids.get(j), total));
					}
				}
			}
		}
		return groups;
	}

	private static Map<String, CountLinks.KeyFigureCells> keyFigureCells(TableCatalog catalog, TableDefinition keyFigures) {
		Map<String, CountLinks.KeyFigureCells> result = new LinkedHashMap<>();
		for (String id : keyFigures.measures()) {
			Formula formula = catalog.measure(id).formula();
			if (formula instanceof Formula.Count count && count.where().codes().size() <= 1) {
				String dimension = count.where().isEmpty() ? null : count.where().codes().keySet().iterator().next();
				TableDefinition table = oneDimension(catalog, dimension);
				if (table != null) {
					Map<String, Long> weights = new LinkedHashMap<>();
					if (dimension == null) {
						weights.put(Dimension.TOTAL, 1L);
					}
					else {
						leaves(catalog.dimension(dimension), count.where().codes().get(dimension))
							.forEach((code) -> weights.put(code, 1L));
					}
					result.put(id, new CountLinks.KeyFigureCells(table.id(), weights));
				}
			}
			else if (formula instanceof Formula.Sum sum && sum.where().isEmpty()) {
				valuedBands(catalog, sum.variable()).ifPresent((cells) -> result.put(id, cells));
			}
		}
		return result;
	}

	/** A one-dimension table over a dimension whose every code is one value of the variable: code → value. */
	private static Optional<CountLinks.KeyFigureCells> valuedBands(TableCatalog catalog, String variable) {
		for (TableDefinition table : catalog.tables()) {
			Dimension d = (table.dim1() != null) ? catalog.dimension(table.dim1()) : null;
			if (d == null || oneDimension(catalog, d.id()) != table || d.classification() == null
					|| d.classification().bands().isEmpty() || !variable.equals(d.classification().variable())) {
				continue;
			}
			Map<String, Long> weights = new LinkedHashMap<>();
			boolean single = true;
			for (Classification.Band band : d.classification().bands()) {
				long[] range = Ranges.of(band.code());
				single &= range[0] == range[1] && range[0] == band.from();
				weights.put(band.code(), range[0]);
			}
			if (single && d.category(Dimension.UNKNOWN).isEmpty()) {
				return Optional.of(new CountLinks.KeyFigureCells(table.id(), weights));
			}
		}
		return Optional.empty();
	}

	/**
	 * The first unfiltered counted table over one dimension ({@code null}: any) with the count of
	 * every person among its measures.
	 */
	private static TableDefinition oneDimension(TableCatalog catalog, String dimension) {
		for (TableDefinition table : catalog.tables()) {
			if (table.counted() && table.dimensions().size() == 1 && table.filter() == null
					&& (dimension == null || dimension.equals(table.dim1()))
					&& table.measures().stream().anyMatch((m) -> new Formula.Count(Where.ALL).equals(catalog.measure(m).formula()))) {
				return table;
			}
		}
		return null;
	}

	/** The codes a condition names that are no subtotal ({@code known}: every such code but unknown). */
	private static Set<String> leaves(Dimension dimension, Set<String> codes) {
		Set<String> leaves = new LinkedHashSet<>();
		for (Category category : dimension.categories()) {
			String code = category.code();
			boolean leaf = !category.isSubtotal() && !Dimension.TOTAL.equals(code);
			if (leaf && (codes.contains(code) || (codes.contains(Where.KNOWN) && !Dimension.UNKNOWN.equals(code)))) {
				leaves.add(code);
			}
		}
		return leaves;
	}

}
