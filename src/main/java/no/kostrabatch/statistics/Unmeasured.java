package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variables a municipality's source did not measure in a period (KOSTRA 11F files carry no
 * citizenship): found on the counted cells, before disclosure control, as a municipality and period
 * in which every recipient of the variable's table is unknown. {@link #apply} then gives every cell
 * counted from that variable {@code ..} (data missing), for the municipality and its districts: the
 * tables by that variable and the key figures counted from it, and the {@code change} and
 * {@code change_percent} of the period after, so no change is worked out between a period that
 * measured the variable and one that did not. Applied after disclosure control it only takes
 * published numbers away, so it cannot make a suppressed count easier to work out.
 */
public final class Unmeasured {

	private static final Set<String> CHANGES = Set.of("change", "change_percent");

	private final Map<RegionPeriod, Set<Variable>> missing;

	private Unmeasured(Map<RegionPeriod, Set<Variable>> missing) {
		this.missing = missing;
	}

	/**
	 * The municipalities and periods whose counts show no recipient with a known value of a variable
	 * that a source may lack ({@code source_may_lack} in {@code dimensions.yaml}).
	 */
	public static Unmeasured find(TableCatalog catalog, List<Cell> cells) {
		Map<RegionPeriod, Set<Variable>> missing = new HashMap<>();
		for (Variable variable : variables(catalog)) {
			Map<RegionPeriod, Cell> totals = new HashMap<>();
			Map<RegionPeriod, Cell> unknowns = new HashMap<>();
			for (Cell cell : cells) {
				Region region = Region.of(cell.region());
				if (variable.table().equals(cell.tableId()) && catalog.countsEveryone(cell.measure())
						&& !region.isGroup() && !region.isDistrict() && cell.hasValue()) {
					if (Dimension.TOTAL.equals(cell.cat1())) {
						totals.put(RegionPeriod.of(cell), cell);
					}
					else if (Dimension.UNKNOWN.equals(cell.cat1())) {
						unknowns.put(RegionPeriod.of(cell), cell);
					}
				}
			}
			totals.forEach((regionPeriod, total) -> {
				Cell unknown = unknowns.get(regionPeriod);
				if (total.value().signum() > 0 && unknown != null && unknown.value().compareTo(total.value()) == 0) {
					missing.computeIfAbsent(regionPeriod, (k) -> new HashSet<>()).add(variable);
				}
			});
		}
		return new Unmeasured(missing);
	}

	/** The cells with {@code ..} for every figure counted from a variable the source did not measure. */
	public List<Cell> apply(List<Cell> cells) {
		if (this.missing.isEmpty()) {
			return cells;
		}
		List<Cell> result = new ArrayList<>(cells.size());
		for (Cell cell : cells) {
			result.add(unmeasured(cell) ? cell.withSymbol(Symbol.MISSING) : cell);
		}
		return result;
	}

	private boolean unmeasured(Cell cell) {
		Region region = Region.of(cell.region());
		if (region.isGroup() || cell.symbol() == Symbol.MISSING) {
			return false;
		}
		RegionPeriod municipality = new RegionPeriod(region.municipality(), Period.parse(cell.period()));
		for (Variable variable : this.missing.getOrDefault(municipality, Set.of())) {
			if (variable.counts(cell)) {
				return true;
			}
		}
		if (!CHANGES.contains(cell.measure())) {
			return false;
		}
		for (Variable variable : this.missing.getOrDefault(municipality.yearBefore(), Set.of())) {
			if (variable.counts(cell)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Each variable a source may lack: the one-dimension table by the dimension that declares it, every
	 * dimension classifying the variable, and the key figures whose formulas keep persons by one of
	 * those dimensions.
	 */
	private static List<Variable> variables(TableCatalog catalog) {
		List<Variable> variables = new ArrayList<>();
		for (Dimension dimension : catalog.dimensions().values()) {
			Classification c = dimension.classification();
			if (c == null || !c.sourceMayLack()) {
				continue;
			}
			Set<String> dimensions = new HashSet<>();
			catalog.dimensions().values().forEach((d) -> {
				if (d.classification() != null && c.variable().equals(d.classification().variable())) {
					dimensions.add(d.id());
				}
			});
			Set<String> keyFigures = new HashSet<>();
			catalog.table(TableCatalog.KEY_FIGURES).ifPresent((t) -> t.measures().forEach((m) -> {
				Formula formula = catalog.measure(m).formula();
				if (formula != null && formula.inputs()
					.stream()
					.anyMatch((term) -> term.where().codes().keySet().stream().anyMatch(dimensions::contains))) {
					keyFigures.add(m);
				}
			}));
			catalog.tables()
				.stream()
				.filter((t) -> t.counted() && t.filter() == null && t.dimensions().equals(List.of(dimension.id())))
				.findFirst()
				.ifPresent((t) -> variables.add(new Variable(t.id(), dimensions, keyFigures)));
		}
		return variables;
	}

	private record Variable(String table, Set<String> dimensions, Set<String> keyFigures) {

		boolean counts(Cell cell) {
			if (TableCatalog.KEY_FIGURES.equals(cell.tableId())) {
				return this.keyFigures.contains(cell.measure());
			}
			return this.dimensions.contains(cell.dim1()) || (cell.dim2() != null && this.dimensions.contains(cell.dim2()));
		}

	}

}
