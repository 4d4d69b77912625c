package no.kostrabatch.statistics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics catalogue: dimensions ({@code statistics/dimensions.yaml}: code lists, labels and how a
 * person is classified), measures ({@code statistics/measures.yaml}: labels, units and formulas) and
 * one table per file in {@code statistics/tables/}, bound to typed records by Jackson
 * ({@link CatalogLoader}). Loading fails, with the file and line, on an unknown key, a wrong type, a
 * missing text, a formula over an undeclared variable or measure, and a table that names an unknown
 * dimension, measure or filter code, so a broken catalogue stops the application at start-up. Every
 * dimension gets the category {@code total} first, except one whose categories are the measures of a
 * table ({@code categories_from}, such as {@code indicator}).
 */
public final class TableCatalog {

	/** The table of key figures (no dimension; one measure per indicator). */
	public static final String KEY_FIGURES = "key_figures";

	private final Map<String, Dimension> dimensions;

	private final Map<String, Measure> measures;

	private final List<TableDefinition> tables;

	private final StatisticsSettings settings;

	private final List<String> folders;

	private CountLinks links = CountLinks.none();

	TableCatalog(Map<String, Dimension> dimensions, Map<String, Measure> measures, List<TableDefinition> tables,
			StatisticsSettings settings, List<String> folders) {
		this.dimensions = Map.copyOf(dimensions);
		this.measures = Map.copyOf(measures);
		this.tables = List.copyOf(tables);
		this.settings = settings;
		this.folders = List.copyOf(folders);
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
		return CatalogLoader.load(settings, List.of("statistics"));
	}

	/**
	 * Loads catalogue folders of the class path with the layout of {@code statistics/}; each later
	 * folder adds dimensions, measures and tables to the earlier ones.
	 */
	public static TableCatalog load(String... folders) {
		return CatalogLoader.load(StatisticsSettings.defaults(), List.of(folders));
	}

	/**
	 * This catalogue with other settings in its texts and classifications (the long-term threshold):
	 * itself when they are its own, else its folders read again.
	 */
	public TableCatalog with(StatisticsSettings other) {
		return this.settings.equals(other) ? this : CatalogLoader.load(other, this.folders);
	}

	void links(CountLinks links) {
		this.links = links;
	}

	/** How figures are linked beyond their own cell, worked out from the catalogue, for disclosure control. */
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

	/**
	 * Whether a measure counts every person of its cell ({@code formula: count} without
	 * {@code where}): the one count of a table with dimensions, which disclosure control protects.
	 */
	public boolean countsEveryone(String measure) {
		Measure m = this.measures.get(measure);
		return m != null && new Formula.Count(Where.ALL).equals(m.formula());
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

}
