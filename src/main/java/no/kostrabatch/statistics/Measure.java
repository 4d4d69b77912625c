package no.kostrabatch.statistics;

import java.util.Arrays;
import java.util.Optional;

/** A measure of a table cell, with its label, unit and published number of decimals. */
public record Measure(String id, Label label, Label unit, int decimals) {

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
