package no.kostrabatch.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The statistics catalogue: dimensions ({@code statistics/dimensions.yaml}), measures
 * ({@code statistics/measures.yaml}) and one table per file in {@code statistics/tables/}. Loading
 * fails on a table that names an unknown dimension, measure or filter code, and on a table, dimension
 * or measure without a definition in both bokmål and English, so a broken catalogue stops the
 * application at start-up. Every dimension gets the category {@code total} first, except one whose
 * categories are the measures of a table ({@code categories_from}, such as {@code indicator}).
 */
public final class TableCatalog {

	private static final Label TOTAL_LABEL = new Label("I alt", "Total");

	private final Map<String, Dimension> dimensions;

	private final Map<String, Measure> measures;

	private final List<TableDefinition> tables;

	private CountLinks links = CountLinks.none();

	TableCatalog(Map<String, Dimension> dimensions, Map<String, Measure> measures, List<TableDefinition> tables) {
		this.dimensions = Map.copyOf(dimensions);
		this.measures = Map.copyOf(measures);
		this.tables = List.copyOf(tables);
		this.tables.forEach(this::check);
	}

	/** Loads the catalogue shipped on the class path, with KOSTRA's settings in its texts. */
	public static TableCatalog load() {
		return load(StatisticsSettings.defaults());
	}

	/**
	 * Loads the catalogue shipped on the class path, with the settings in its labels and definitions
	 * (the long-term threshold where the texts say {@code {long_term}}).
	 */
	public static TableCatalog load(StatisticsSettings settings) {
		return load("statistics", settings);
	}

	/** Loads a catalogue from a class-path folder with the layout of {@code statistics/}. */
	static TableCatalog load(String folder) {
		return load(folder, StatisticsSettings.defaults());
	}

	private static TableCatalog load(String folder, StatisticsSettings settings) {
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			Map<String, Measure> measures = loadMeasures(read(settings, resolver.getResource("classpath:" + folder + "/measures.yaml")));
			List<TableDefinition> tables = new ArrayList<>();
			for (Resource resource : resolver.getResources("classpath*:" + folder + "/tables/*.yaml")) {
				tables.add(loadTable(read(settings, resource), resource.getFilename()));
			}
			tables.sort(Comparator.comparingInt(TableDefinition::order).thenComparing(TableDefinition::id));
			Map<String, Dimension> dimensions = loadDimensions(
					read(settings, resolver.getResource("classpath:" + folder + "/dimensions.yaml")), measures, tables);
			TableCatalog catalog = new TableCatalog(dimensions, measures, tables);
			catalog.links = CountLinks.load(folder, catalog);
			return catalog;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the statistics catalogue", ex);
		}
	}

	/** How counts are linked beyond their own table ({@code links.yaml}), for disclosure control. */
	public CountLinks links() {
		return this.links;
	}

	public List<TableDefinition> tables() {
		return this.tables;
	}

	public Optional<TableDefinition> table(String id) {
		return this.tables.stream().filter((t) -> t.id().equals(id)).findFirst();
	}

	public TableDefinition requireTable(String id) {
		return table(id).orElseThrow(() -> new IllegalArgumentException("Unknown table '" + id + "'"));
	}

	public Dimension dimension(String id) {
		Dimension dimension = this.dimensions.get(id);
		if (dimension == null) {
			throw new IllegalArgumentException("Unknown dimension '" + id + "'");
		}
		return dimension;
	}

	public Map<String, Dimension> dimensions() {
		return this.dimensions;
	}

	public Measure measure(String id) {
		Measure measure = this.measures.get(id);
		if (measure == null) {
			throw new IllegalArgumentException("Unknown measure '" + id + "'");
		}
		return measure;
	}

	public Map<String, Measure> measures() {
		return this.measures;
	}

	/**
	 * The published decimals of a measure in a table: the measure's own, or, for a measure the table
	 * gives in its indicator's unit, those of the indicator {@code cat1}.
	 */
	public int decimals(String tableId, String cat1, String measure) {
		return measure(unitFromIndicator(tableId, cat1, measure) ? cat1 : measure).decimals();
	}

	/** The unit of a measure in a table, as {@link #decimals(String, String, String)} decides. */
	public Label unit(String tableId, String cat1, String measure) {
		return measure(unitFromIndicator(tableId, cat1, measure) ? cat1 : measure).unit();
	}

	private boolean unitFromIndicator(String tableId, String cat1, String measure) {
		return cat1 != null && table(tableId).map((t) -> t.unitFromIndicator().contains(measure)).orElse(false)
				&& this.measures.containsKey(cat1);
	}

	/** Position of a code in its dimension's publication order (unknown codes sort last). */
	public int categoryRank(String dimension, String code) {
		if (dimension == null || code == null) {
			return -1;
		}
		Dimension d = this.dimensions.get(dimension);
		return (d != null) ? d.rank(code) : Integer.MAX_VALUE;
	}

	private void check(TableDefinition table) {
		table.dimensions().forEach(this::dimension);
		table.measures().forEach(this::measure);
		if (table.derivedFrom() != null) {
			TableDefinition source = table(table.derivedFrom()).filter(TableDefinition::counted)
				.orElseThrow(() -> new IllegalArgumentException(
						"Table " + table.id() + " is derived from '" + table.derivedFrom() + "', not a counted table"));
			if (table.dim1() == null || !dimension(table.dim1()).categories()
				.stream()
				.map(Category::code)
				.toList()
				.equals(source.measures())) {
				throw new IllegalArgumentException(
						"Table " + table.id() + " needs a dimension whose categories are the measures of " + source.id());
			}
		}
		else if (!table.unitFromIndicator().isEmpty()) {
			throw new IllegalArgumentException("Table " + table.id() + " has no indicator to take a unit from");
		}
		if (table.filter() != null) {
			Dimension d = dimension(table.filter().dimension());
			for (String code : table.filter().codes()) {
				if (d.category(code).isEmpty()) {
					throw new IllegalArgumentException(
							"Table " + table.id() + " filters on unknown code '" + code + "' of " + d.id());
				}
			}
		}
	}

	private static Object read(StatisticsSettings settings, Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			String text = settings.inTexts(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Dimension> loadDimensions(Object yaml, Map<String, Measure> measures,
			List<TableDefinition> tables) {
		Map<String, Dimension> result = new LinkedHashMap<>();
		((Map<String, Map<String, Object>>) yaml).forEach((id, body) -> {
			List<Category> categories = new ArrayList<>();
			Object source = body.get("categories_from");
			if (source != null) {
				TableDefinition table = tables.stream()
					.filter((t) -> t.id().equals(source))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException(
							"Dimension " + id + " takes its categories from an unknown table '" + source + "'"));
				for (String measureId : table.measures()) {
					Measure measure = measures.get(measureId);
					if (measure == null) {
						throw new IllegalArgumentException("Unknown measure '" + measureId + "'");
					}
					categories.add(new Category(measureId, measure.label(), List.of(), measure.definition()));
				}
			}
			else {
				categories.add(new Category(Dimension.TOTAL, TOTAL_LABEL, List.of(), null));
				for (Map<String, Object> c : (List<Map<String, Object>>) body.get("categories")) {
					List<String> members = (List<String>) c.getOrDefault("members", List.of());
					String code = String.valueOf(c.get("code"));
					Label definition = (c.get("definition") != null)
							? definition(c.get("definition"), "category " + code + " of " + id) : null;
					categories.add(new Category(code, new Label(String.valueOf(c.get("nb")), String.valueOf(c.get("en"))),
							members, definition));
				}
			}
			result.put(id, new Dimension(id, label(body.get("label")), categories, Boolean.TRUE.equals(body.get("open")),
					definition(body.get("definition"), "dimension " + id)));
		});
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Measure> loadMeasures(Object yaml) {
		Map<String, Measure> result = new LinkedHashMap<>();
		((Map<String, Map<String, Object>>) yaml).forEach((id, m) -> result.put(id,
				new Measure(id, new Label((String) m.get("nb"), (String) m.get("en")),
						new Label((String) m.get("unit_nb"), (String) m.get("unit_en")), (Integer) m.get("decimals"),
						definition(m.get("definition"), "measure " + id))));
		return result;
	}

	@SuppressWarnings("unchecked")
	private static TableDefinition loadTable(Object yaml, String file) {
		Map<String, Object> t = (Map<String, Object>) yaml;
		String id = (String) t.get("id");
		if (id == null || !(id + ".yaml").equals(file)) {
			throw new IllegalArgumentException("Table file " + file + " must declare id " + file.replace(".yaml", ""));
		}
		TableFilter filter = null;
		if (t.get("filter") instanceof Map<?, ?> f) {
			filter = new TableFilter((String) f.get("dimension"),
					Set.copyOf(((List<Object>) f.get("codes")).stream().map(String::valueOf).toList()));
		}
		List<String> dims = (List<String>) t.getOrDefault("dimensions", List.of());
		return new TableDefinition(id, label(t.get("title")), definition(t.get("definition"), "table " + id), dims,
				(List<String>) t.get("measures"), filter, (Integer) t.getOrDefault("order", 1000),
				(String) t.get("derived_from"), (List<String>) t.getOrDefault("unit_from_indicator", List.of()));
	}

	/** A definition needs both texts: unlike a label, its English is never borrowed from the bokmål. */
	private static Label definition(Object yaml, String what) {
		if (!(yaml instanceof Map<?, ?> m) || blank(m.get("nb")) || blank(m.get("en"))) {
			throw new IllegalArgumentException("The catalogue's " + what + " has no definition in bokmål and English");
		}
		return new Label(((String) m.get("nb")).strip(), ((String) m.get("en")).strip());
	}

	private static boolean blank(Object text) {
		return !(text instanceof String s) || s.isBlank();
	}

	@SuppressWarnings("unchecked")
	private static Label label(Object yaml) {
		Map<String, Object> m = (Map<String, Object>) yaml;
		return new Label((String) m.get("nb"), (String) m.get("en"));
	}

}
