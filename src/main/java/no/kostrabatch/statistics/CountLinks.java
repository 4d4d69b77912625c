package no.kostrabatch.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.kostrabatch.statistics.internal.Ranges;

/**
 * How published figures are linked, for disclosure control, all worked out from the measures'
 * formulas and the dimensions' classifications when the catalogue loads ({@link LinkDerivation}):
 * which figures of a table without dimensions are built from which of its counts (suppressed with
 * them), which of its counts add up to another, which table cells each count of
 * {@code key_figures} adds up, and which dimensions band one variable differently.
 */
public final class CountLinks {

	/** A key-figure count as the weighted sum of one-dimension cells of one table. */
	public record KeyFigureCells(String table, Map<String, Long> weights) {

		public KeyFigureCells {
			weights = Collections.unmodifiableMap(new TreeMap<>(weights));
		}

	}

	private final Map<String, Map<String, KeyFigureCells>> figureCells;

	private final List<List<String>> bandings;

	private final Map<String, Map<String, List<String>>> derived;

	private final Map<String, List<List<String>>> additive;

	private final Map<String, Set<String>> countIds;

	CountLinks(Map<String, Map<String, KeyFigureCells>> figureCells, List<List<String>> bandings,
			Map<String, Map<String, List<String>>> derived, Map<String, List<List<String>>> additive,
			Map<String, Set<String>> countIds) {
		Map<String, Map<String, KeyFigureCells>> sorted = new LinkedHashMap<>();
		figureCells.forEach((table, cells) -> sorted.put(table, Collections.unmodifiableMap(new TreeMap<>(cells))));
		this.figureCells = Collections.unmodifiableMap(sorted);
		this.bandings = bandings.stream().map(List::copyOf).toList();
		this.derived = Map.copyOf(derived);
		this.additive = Map.copyOf(additive);
		this.countIds = Map.copyOf(countIds);
	}

	/** No links. */
	public static CountLinks none() {
		return new CountLinks(Map.of(), List.of(), Map.of(), Map.of(), Map.of());
	}

	/**
	 * For each count of {@code key_figures}, the table and weight of each cell it adds up; sorted,
	 * since disclosure control builds its equations in this order and must not vary from run to run.
	 */
	public Map<String, KeyFigureCells> keyFigures() {
		return this.figureCells.getOrDefault(TableCatalog.KEY_FIGURES, Map.of());
	}

	/**
	 * For every table without dimensions whose figures have formulas ({@code key_figures} first, in
	 * catalogue order), the cells each of its counts adds up, as {@link #keyFigures()} does for
	 * {@code key_figures}.
	 */
	public Map<String, Map<String, KeyFigureCells>> figureCells() {
		return this.figureCells;
	}

	/** Groups of dimensions whose codes are ranges of one variable. */
	public List<List<String>> bandings() {
		return this.bandings;
	}

	/**
	 * The counts of a table without dimensions, each with the measures of the table built on it (a
	 * share, a mean, a rate), which disclosure control suppresses with it.
	 */
	public Map<String, List<String>> counts(String tableId) {
		Map<String, List<String>> counts = new LinkedHashMap<>(this.derived.getOrDefault(tableId, Map.of()));
		counts.keySet().retainAll(this.countIds.getOrDefault(tableId, Set.of()));
		return counts;
	}

	/** The measures of a table without dimensions built on {@code measure} (a count or a sum). */
	public List<String> builtOn(String tableId, String measure) {
		return this.derived.getOrDefault(tableId, Map.of()).getOrDefault(measure, List.of());
	}

	/**
	 * Groups of counts of a table without dimensions where the first ones add up to the last (their
	 * conditions split the last one's codes of one dimension).
	 */
	public List<List<String>> additiveCounts(String tableId) {
		return this.additive.getOrDefault(tableId, List.of());
	}

	/**
	 * The range {@code [low, high]} of a band code: {@code "18-24"}, {@code "67+"} (high is
	 * {@link Integer#MAX_VALUE}) or a single value {@code "12"}.
	 */
	public static int[] range(String code) {
		long[] range;
		try {
			range = Ranges.of(code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The band " + code + " is not a range such as 18-24, 67+ or 12");
		}
		return new int[] { (int) range[0], (range[1] == Long.MAX_VALUE) ? Integer.MAX_VALUE : (int) range[1] };
	}

}
