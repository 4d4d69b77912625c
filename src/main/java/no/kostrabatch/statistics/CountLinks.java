package no.kostrabatch.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How published counts are linked beyond their own table ({@code statistics/links.yaml}): which
 * table cells each count of {@code key_figures} adds up, and which dimensions band one variable
 * differently. Disclosure control builds its linked system of cells from these and from the tables'
 * definitions; loading checks every table, category and dimension named.
 *
 * @param keyFigures for each key-figure count, the table and the weight of each of its cells
 * @param bandings groups of dimensions whose codes are ranges of one variable
 */
public record CountLinks(Map<String, KeyFigureCells> keyFigures, List<List<String>> bandings) {

	/** A key-figure count as the weighted sum of one-dimension cells of one table. */
	public record KeyFigureCells(String table, Map<String, Long> weights) {

		public KeyFigureCells {
			weights = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(weights));
		}

	}

	/** Both maps are sorted: disclosure control builds its equations in their order and must not vary from run to run. */
	public CountLinks {
		keyFigures = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(keyFigures));
		bandings = bandings.stream().map(List::copyOf).toList();
	}

	/** No links (a catalogue folder without {@code links.yaml}). */
	public static CountLinks none() {
		return new CountLinks(Map.of(), List.of());
	}

	@SuppressWarnings("unchecked")
	static CountLinks load(String folder, TableCatalog catalog) {
		ClassPathResource resource = new ClassPathResource(folder + "/links.yaml");
		if (!resource.exists()) {
			return none();
		}
		Map<String, Object> yaml;
		try (InputStream in = resource.getInputStream()) {
			yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + folder + "/links.yaml", ex);
		}
		Map<String, KeyFigureCells> keyFigures = new LinkedHashMap<>();
		TableDefinition keyFigureTable = catalog.table("key_figures").orElse(null);
		((Map<String, Map<String, Object>>) yaml.getOrDefault("key_figures", Map.of())).forEach((measure, body) -> {
			if (keyFigureTable == null || !keyFigureTable.measures().contains(measure)) {
				throw new IllegalStateException("links.yaml: key_figures has no count " + measure);
			}
			String tableId = (String) body.get("table");
			TableDefinition table = catalog.table(tableId)
				.orElseThrow(() -> new IllegalStateException("links.yaml: " + measure + " names an unknown table " + tableId));
			if (table.dimensions().size() != 1 || !table.counted() || table.filter() != null) {
				throw new IllegalStateException("links.yaml: " + measure + " must name an unfiltered one-dimension table");
			}
			Map<String, Long> weights = new LinkedHashMap<>();
			if (body.get("weights") instanceof Map<?, ?> w) {
				w.forEach((code, weight) -> weights.put(String.valueOf(code), ((Number) weight).longValue()));
			}
			for (Object code : (List<Object>) body.getOrDefault("cells", List.of())) {
				weights.put(String.valueOf(code), 1L);
			}
			Dimension dimension = catalog.dimension(table.dim1());
			for (String code : weights.keySet()) {
				if (!Dimension.TOTAL.equals(code) && dimension.category(code).isEmpty()) {
					throw new IllegalStateException("links.yaml: " + measure + " names an unknown category " + code + " of "
							+ dimension.id());
				}
			}
			keyFigures.put(measure, new KeyFigureCells(tableId, weights));
		});
		List<List<String>> bandings = new ArrayList<>();
		for (List<String> group : (List<List<String>>) yaml.getOrDefault("bandings", List.of())) {
			for (String id : group) {
				Dimension dimension = catalog.dimension(id);
				for (Category category : dimension.categories()) {
					if (!Dimension.UNKNOWN.equals(category.code()) && !Dimension.TOTAL.equals(category.code())) {
						range(category.code());
					}
				}
			}
			bandings.add(group);
		}
		return new CountLinks(keyFigures, bandings);
	}

	/**
	 * The range {@code [low, high]} of a band code: {@code "18-24"}, {@code "67+"} (high is
	 * {@link Integer#MAX_VALUE}) or a single value {@code "12"}.
	 */
	public static int[] range(String code) {
		try {
			if (code.endsWith("+")) {
				return new int[] { Integer.parseInt(code.substring(0, code.length() - 1)), Integer.MAX_VALUE };
			}
			int dash = code.indexOf('-');
			if (dash > 0) {
				return new int[] { Integer.parseInt(code.substring(0, dash)), Integer.parseInt(code.substring(dash + 1)) };
			}
			int value = Integer.parseInt(code);
			return new int[] { value, value };
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("links.yaml: the band " + code + " is not a range such as 18-24, 67+ or 12");
		}
	}

}
