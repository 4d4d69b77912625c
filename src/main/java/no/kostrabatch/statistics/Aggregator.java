package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.kostrabatch.statistics.internal.Classifier;
import no.kostrabatch.statistics.internal.TableCells;
import no.kostrabatch.statistics.internal.TableTally;

/**
 * The one generic engine: counts person-years of one year into every table of the catalogue whose
 * measures have formulas ({@code key_figures} too, a table without dimensions), for the
 * municipality and for the district of the person's latest support month. Memory grows with the
 * number of cells, never with the number of persons.
 */
public final class Aggregator {

	private final TableCatalog catalog;

	private final Classifier classifier;

	private final List<TableTally> tables = new ArrayList<>();

	private Integer year;

	public Aggregator(TableCatalog catalog, StatisticsSettings settings) {
		this.catalog = catalog.with(settings);
		this.classifier = new Classifier(this.catalog);
		for (TableDefinition table : this.catalog.tables()) {
			if (table.counted() && table.measures().stream().allMatch((m) -> this.catalog.measure(m).counted())) {
				this.tables.add(new TableTally(table, this.catalog));
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
		Map<String, String> classified = new HashMap<>();
		Function<String, String> codes = (dimension) -> classified.computeIfAbsent(dimension,
				(d) -> this.classifier.code(d, p));
		List<String> regions = regions(codes.apply("district"), p);
		for (TableTally table : this.tables) {
			table.add(p, regions, codes);
		}
	}

	private static List<String> regions(String district, PersonYear p) {
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
		return cells;
	}

}
