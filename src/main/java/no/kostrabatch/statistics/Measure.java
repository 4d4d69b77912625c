package no.kostrabatch.statistics;

import java.util.List;
import java.util.Objects;

/**
 * A measure of a table cell, with its label, unit, published number of decimals and definition (what
 * the number means, in bokmål and English), and how it is computed: a {@link Formula} the
 * aggregation evaluates, or the name of the later step that computes it ({@code computedBy}, such as
 * {@code comparison}); such a measure says whether it is a count and which counts it is suppressed
 * with ({@code follows}).
 *
 * @param zero the symbol of a formula whose denominator is 0 ({@code .} unless the catalogue says
 * {@code ..})
 */
public record Measure(String id, Label label, Label unit, int decimals, Label definition, Formula formula,
		Symbol zero, String computedBy, boolean count, List<String> follows) {

	public Measure {
		Objects.requireNonNull(definition, () -> "Measure " + id + " has no definition");
		if ((formula == null) == (computedBy == null)) {
			throw new IllegalArgumentException("Measure " + id + " needs either a formula or the step computing it");
		}
		follows = List.copyOf(follows);
		count = count || formula instanceof Formula.Count;
	}

	/** Whether the aggregation evaluates the measure from its formula. */
	public boolean counted() {
		return this.formula != null;
	}

}
