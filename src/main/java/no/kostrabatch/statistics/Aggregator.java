package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kostrabatch.statistics.internal.Classifier;
import no.kostrabatch.statistics.internal.KeyFigures;
import no.kostrabatch.statistics.internal.TableCells;
import no.kostrabatch.statistics.internal.TableTally;

/**
 * The one generic engine: counts person-years of one year into every counted table of the catalogue, for the
 * municipality and for the district of the person's latest support month. Memory grows with the
 * number of cells, never with the number of persons.
 */
public final class Aggregator {

	private static final String KEY_FIGURES = "key_figures";

	private final TableCatalog catalog;

	private final StatisticsSettings settings;

	private final Classifier classifier;

	private final List<TableTally> tables = new ArrayList<>();

	private final Map<String, KeyFigures> keyFigures = new TreeMap<>();

	private Integer year;

	public Aggregator(TableCatalog catalog, StatisticsSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
		this.classifier = new Classifier(catalog, settings);
		for (TableDefinition table : catalog.tables()) {
			if (table.dim1() != null && table.counted()) {
				this.tables.add(new TableTally(table, catalog, this.classifier));
			}
		}
	}

	public void add(PersonYear p) {
		if (this.year == null) {
			this.year = p.year();
		}
		else if (this.year != p.year()) {
			throw new IllegalArgumentException("An aggregator counts one year: got " + p.year() + " after " + this.year);
		}
		List<String> regions = regions(p);
		for (TableTally table : this.tables) {
			table.add(p, regions);
		}
		for (String region : regions) {
			this.keyFigures.computeIfAbsent(region, (r) -> new KeyFigures()).add(p, this.settings, this.classifier);
		}
	}

	private List<String> regions(PersonYear p) {
		String district = this.classifier.code("district", p);
		if (Dimension.UNKNOWN.equals(district)) {
			return List.of(p.municipality());
		}
		return List.of(p.municipality(), p.municipality() + district);
	}

	/** Every cell of every table, for the year counted (empty when nothing was added). */
	public List<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		if (this.year == null) {
			return cells;
		}
		String period = String.valueOf(this.year);
		TableCells tableCells = new TableCells(this.catalog);
		for (TableTally table : this.tables) {
			cells.addAll(tableCells.cells(table, period));
		}
		this.catalog.table(KEY_FIGURES).ifPresent((table) -> this.keyFigures
			.forEach((region, figures) -> cells.addAll(figures.cells(table, this.catalog, region, period))));
		return cells;
	}

}
