package no.kostrabatch.statistics;

import java.util.List;

/**
 * One statistical table, loaded from {@code statistics/tables/<id>.yaml}: its dimensions (none for
 * {@code key_figures}, one or two otherwise), the measures it publishes and an optional filter on
 * the recipients it counts.
 */
public record TableDefinition(String id, Label title, List<String> dimensions, List<String> measures,
		TableFilter filter, int order) {

	public TableDefinition {
		dimensions = List.copyOf(dimensions);
		measures = List.copyOf(measures);
		if (dimensions.size() > 2) {
			throw new IllegalArgumentException("Table " + id + " has more than two dimensions");
		}
		if (measures.isEmpty()) {
			throw new IllegalArgumentException("Table " + id + " has no measures");
		}
	}

	public String dim1() {
		return this.dimensions.isEmpty() ? null : this.dimensions.get(0);
	}

	public String dim2() {
		return (this.dimensions.size() < 2) ? null : this.dimensions.get(1);
	}

}
