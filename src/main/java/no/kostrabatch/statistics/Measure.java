package no.kostrabatch.statistics;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure of a table cell, with its label, unit, published number of decimals and definition (what
 * the number means, in bokmål and English).
 */
public record Measure(String id, Label label, Label unit, int decimals, Label definition) {

	public Measure {
		Objects.requireNonNull(definition, () -> "Measure " + id + " has no definition");
	}

	public static Optional<Measure> find(Iterable<Measure> measures, String id) {
		for (Measure m : measures) {
			if (m.id().equals(id)) {
				return Optional.of(m);
			}
		}
		return Optional.empty();
	}

	static String[] ids(Measure... measures) {
		return Arrays.stream(measures).map(Measure::id).toArray(String[]::new);
	}

}
