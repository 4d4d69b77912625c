package no.kostrabatch.statistics;

import java.util.List;
import java.util.Map;

import no.kostrabatch.statistics.internal.Ranges;

/**
 * How a dimension puts a person into one of its codes, as {@code dimensions.yaml} declares it
 * ({@code classify}): the code of a variable as it is; the band of a numeric variable (each band
 * from its lower limit up to the next band's); a code map (with a code for every other known value);
 * or a decision table whose first matching rule gives the code. Whatever gives no code of a closed
 * dimension is {@code unknown}.
 *
 * @param variable the variable read (none for a decision table)
 * @param bands the bands in ascending order of their lower limit, or empty
 * @param codes value → code, or empty
 * @param other the code of a known value the map does not list, or {@code null} (the value itself)
 * @param rules the decision table, or empty
 * @param sourceMayLack whether a source may not measure the variable at all (KOSTRA 11F files carry no
 * citizenship), which a period with every recipient unknown then shows
 */
public record Classification(String variable, List<Band> bands, Map<String, String> codes, String other,
		List<Rule> rules, boolean sourceMayLack) {

	public Classification {
		bands = List.copyOf(bands);
		codes = Map.copyOf(codes);
		rules = List.copyOf(rules);
	}

	/**
	 * Whether every band's code is its range ({@code 18-24}, {@code 67+}, {@code 12}), so that the
	 * bands of dimensions over one variable can be related by their ranges.
	 */
	public boolean codedAsRanges() {
		if (this.bands.isEmpty()) {
			return false;
		}
		try {
			this.bands.forEach((band) -> Ranges.of(band.code()));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The band {@code code} holds the values from {@code from} up to the next band's limit. */
	public record Band(String code, long from) {

	}

	/**
	 * A row of a decision table: it applies when every variable named in {@code when} has one of its
	 * values and none named in {@code unless} has; values of a numeric variable are ranges
	 * ({@code 20-24}, {@code 67+}).
	 */
	public record Rule(Map<String, List<String>> when, Map<String, List<String>> unless, String code) {

		public Rule {
			when = Map.copyOf(when);
			unless = Map.copyOf(unless);
		}

	}

}
