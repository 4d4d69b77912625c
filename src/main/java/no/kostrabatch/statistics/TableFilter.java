package no.kostrabatch.statistics;

import java.util.Set;

/** Restricts a table to the recipients whose category of {@code dimension} is one of {@code codes}. */
public record TableFilter(String dimension, Set<String> codes) {

	public TableFilter {
		codes = Set.copyOf(codes);
	}

}
