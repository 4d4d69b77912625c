package no.kostrabatch.statistics;

import java.util.List;
import java.util.Objects;

/**
 * One statistical table, loaded from {@code statistics/tables/<id>.yaml}: its definition, its
 * dimensions (none for {@code key_figures}, one or two otherwise), the measures it publishes and an
 * optional filter on the recipients it counts. A table {@code derivedFrom} another (such as
 * {@code key_figures_change}) is not counted from the persons but computed from the other table's
 * published cells; the measures in {@code unitFromIndicator} take the unit and decimals of the
 * indicator (a measure of that table) their cell is about.
 */
public record TableDefinition(String id, Label title, Label definition, List<String> dimensions,
		List<String> measures, TableFilter filter, int order, String derivedFrom, List<String> unitFromIndicator) {

	public TableDefinition {
		Objects.requireNonNull(definition, () -> "Table " + id + " has no definition");
		dimensions = List.copyOf(dimensions);
		measures = List.copyOf(measures);
		unitFromIndicator = List.copyOf(unitFromIndicator);
		if (dimensions.size() > 2) {
			throw new IllegalArgumentException("Table " + id + " has more than two dimensions");
		}
		if (measures.isEmpty()) {
			throw new IllegalArgumentException("Table " + id + " has no measures");
		}
		if (!measures.containsAll(unitFromIndicator)) {
			throw new IllegalArgumentException("Table " + id + " takes the unit of a measure it does not publish");
		}
	}

	public String dim1() {
		return this.dimensions.isEmpty() ? null : this.dimensions.get(0);
	}

	public String dim2() {
		return (this.dimensions.size() < 2) ? null : this.dimensions.get(1);
	}

	/** Whether the table is counted from the persons (rather than derived from another table's cells). */
	public boolean counted() {
		return this.derivedFrom == null;
	}

}
