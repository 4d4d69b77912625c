package no.kostrabatch.statistics;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The persons a measure counts: for each dimension named, the codes they must have (a subtotal
 * stands for its members; {@code known} for every code but {@code unknown}). Empty: every person.
 */
public record Where(Map<String, Set<String>> codes) {

	/** The word in a code list that stands for every code but {@code unknown}. */
	public static final String KNOWN = "known";

	public static final Where ALL = new Where(Map.of());

	public Where {
		TreeMap<String, Set<String>> sorted = new TreeMap<>();
		codes.forEach((dimension, list) -> sorted.put(dimension, Collections.unmodifiableSet(new TreeSet<>(list))));
		codes = Collections.unmodifiableMap(sorted);
	}

	public boolean isEmpty() {
		return this.codes.isEmpty();
	}

	/**
	 * Whether a person with this code meets a condition's codes (subtotals are given by their members
	 * when the catalogue loads).
	 */
	public static boolean accepts(Set<String> codes, String code) {
		return codes.contains(code) || (codes.contains(KNOWN) && !Dimension.UNKNOWN.equals(code));
	}

}
