package no.kostrabatch.statistics.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Classification;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.TableCatalog;

/**
 * Puts a person-year into a category of a dimension as the dimension's {@link Classification}
 * declares. A code the catalogue does not list for a closed dimension becomes {@code unknown}.
 */
public final class Classifier {

	private final TableCatalog catalog;

	private final Map<String, Set<String>> codes = new HashMap<>();

	private final Map<String, long[]> ranges = new HashMap<>();

	public Classifier(TableCatalog catalog) {
		this.catalog = catalog;
		catalog.dimensions()
			.forEach((id, d) -> this.codes.put(id, d.categories().stream().map(Category::code).collect(Collectors.toSet())));
	}

	/** The category code of a person-year in a dimension. */
	public String code(String dimension, PersonYear p) {
		Dimension d = this.catalog.dimension(dimension);
		if (d.classification() == null) {
			throw new IllegalArgumentException("No classification for dimension " + dimension);
		}
		String raw = raw(d.classification(), p);
		if (raw == null || raw.isEmpty() || Dimension.TOTAL.equals(raw)) {
			return Dimension.UNKNOWN;
		}
		if (!d.open() && !this.codes.get(dimension).contains(raw)) {
			return Dimension.UNKNOWN;
		}
		return raw;
	}

	private String raw(Classification c, PersonYear p) {
		if (!c.rules().isEmpty()) {
			return decide(c.rules(), p);
		}
		if (!c.bands().isEmpty()) {
			return band(c.bands(), PersonVariables.number(c.variable(), p));
		}
		String value = PersonVariables.code(c.variable(), p);
		if (value == null || c.codes().isEmpty()) {
			return value;
		}
		String code = c.codes().get(value);
		return (code != null) ? code : (c.other() != null) ? c.other() : value;
	}

	private static String band(List<Classification.Band> bands, Long value) {
		String code = null;
		if (value == null) {
			return null;
		}
		for (Classification.Band band : bands) {
			if (value >= band.from()) {
				code = band.code();
			}
		}
		return code;
	}

	private String decide(List<Classification.Rule> rules, PersonYear p) {
		for (Classification.Rule rule : rules) {
			if (all(rule.when(), p, true) && all(rule.unless(), p, false)) {
				return rule.code();
			}
		}
		return null;
	}

	/** Whether every variable named has ({@code wanted}) or has not one of its values. */
	private boolean all(Map<String, List<String>> conditions, PersonYear p, boolean wanted) {
		for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
			if (matches(condition.getKey(), condition.getValue(), p) != wanted) {
				return false;
			}
		}
		return true;
	}

	private boolean matches(String variable, List<String> values, PersonYear p) {
		if (PersonVariables.isNumber(variable)) {
			Long value = PersonVariables.number(variable, p);
			if (value == null) {
				return false;
			}
			for (String range : values) {
				long[] r = this.ranges.computeIfAbsent(range, Ranges::of);
				if (value >= r[0] && value <= r[1]) {
					return true;
				}
			}
			return false;
		}
		return values.contains(PersonVariables.code(variable, p));
	}

}
