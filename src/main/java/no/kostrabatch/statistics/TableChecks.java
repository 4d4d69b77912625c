package no.kostrabatch.statistics;

import java.util.List;
import java.util.Map;

/**
 * Checks each table against the dimensions and measures: every name declared, filter codes known, a
 * counted table's measures either all counted by the aggregation or all computed by one later step,
 * and a derived table over the measures of the table it is derived from.
 */
final class TableChecks {

	private final Map<String, Dimension> dimensions;

	private final Map<String, Measure> measures;

	private final List<TableDefinition> tables;

	private final Map<String, CatalogLoader.Source> sources;

	TableChecks(Map<String, Dimension> dimensions, Map<String, Measure> measures, List<TableDefinition> tables,
			Map<String, CatalogLoader.Source> sources) {
		this.dimensions = dimensions;
		this.measures = measures;
		this.tables = tables;
		this.sources = sources;
	}

	void check() {
		this.tables.forEach(this::check);
	}

	private void check(TableDefinition table) {
		CatalogLoader.Source source = this.sources.get(table.id());
		for (String dimension : table.dimensions()) {
			Dimension d = this.dimensions.get(dimension);
			if (d == null) {
				throw source.problem("dimensions", null, "the table " + table.id() + " names the undeclared dimension '"
						+ dimension + "'");
			}
			if (table.counted() && d.classification() == null) {
				throw source.problem("dimensions", null, "the table " + table.id() + " is counted by " + dimension
						+ ", which classifies no one (it has no classify)");
			}
		}
		for (String measure : table.measures()) {
			if (!this.measures.containsKey(measure)) {
				throw source.problem("measures", null, "the table " + table.id() + " names the undeclared measure '"
						+ measure + "'");
			}
		}
		if (table.counted()) {
			List<String> computed = table.measures().stream().filter((m) -> !this.measures.get(m).counted()).toList();
			if (!computed.isEmpty() && (computed.size() != table.measures().size() || table.dim1() != null)) {
				throw source.problem("measures", null, "the table " + table.id() + " is counted, but "
						+ String.join(", ", computed) + " has no formula the aggregation can count (computed_by "
						+ this.measures.get(computed.get(0)).computedBy() + ")");
			}
		}
		if (table.counted() && table.dim1() != null) {
			checkCounts(table, source);
		}
		for (String measure : table.measures()) {
			if (table.dim1() == null && this.measures.get(measure).formula() instanceof Formula.ShareOfKnown) {
				throw source.problem("measures", null, "the table " + table.id() + " has no dimension for " + measure
						+ " to be a share of");
			}
		}
		if (table.derivedFrom() != null) {
			checkDerived(table, source);
		}
		else if (!table.unitFromIndicator().isEmpty()) {
			throw source.problem("unit_from_indicator", null, "the table " + table.id() + " has no indicator to take a unit from");
		}
		if (table.filter() != null) {
			Dimension d = this.dimensions.get(table.filter().dimension());
			if (d == null || d.classification() == null) {
				throw source.problem("filter", null, "the table " + table.id() + " filters on '" + table.filter().dimension()
						+ "', which is no dimension a person is classified by");
			}
			for (String code : table.filter().codes()) {
				if (d.category(code).isEmpty()) {
					throw source.problem("filter", null,
							"the table " + table.id() + " filters on unknown code '" + code + "' of " + d.id());
				}
			}
		}
	}

	/**
	 * A table with dimensions publishes one count, of every person of the cell, which disclosure control
	 * protects cell by cell; a count of only some persons would be published unprotected.
	 */
	private void checkCounts(TableDefinition table, CatalogLoader.Source source) {
		List<String> counts = table.measures().stream().filter((m) -> this.measures.get(m).count()).toList();
		Formula all = new Formula.Count(Where.ALL);
		if (counts.size() != 1 || !all.equals(this.measures.get(counts.get(0)).formula())) {
			throw source.problem("measures", null, "the table " + table.id()
					+ " needs exactly one count among its measures, of every person (formula: count, no where), not "
					+ (counts.isEmpty() ? "none" : String.join(", ", counts)));
		}
		for (String measure : table.measures()) {
			if (this.measures.get(measure).formula() instanceof Formula.Ratio ratio
					&& (ratio.numerator() instanceof Formula.Count || ratio.denominator() instanceof Formula.Count c
							&& !c.where().isEmpty())) {
				throw source.problem("measures", null, "the table " + table.id() + " publishes " + measure
						+ ", a ratio of counts, which would show a count disclosure control does not protect;"
						+ " put it in a table without dimensions");
			}
		}
	}

	private void checkDerived(TableDefinition table, CatalogLoader.Source source) {
		TableDefinition from = this.tables.stream()
			.filter((t) -> t.id().equals(table.derivedFrom()) && t.counted())
			.findFirst()
			.orElseThrow(() -> source.problem("derived_from", null,
					"the table " + table.id() + " is derived from '" + table.derivedFrom() + "', not a counted table"));
		Dimension indicator = (table.dim1() != null) ? this.dimensions.get(table.dim1()) : null;
		if (indicator == null
				|| !indicator.categories().stream().map(Category::code).toList().equals(from.measures())) {
			throw source.problem("dimensions", null, "the table " + table.id()
					+ " needs a dimension whose categories are the measures of " + from.id());
		}
	}

}
