package no.kostrabatch.statistics;

import java.util.List;

/**
 * The stage that joins the published figures of other municipalities ({@code --compare}): their
 * municipality cells up to the run's period, without the cells that are worked out from others (an
 * index, a derived table), which the later stages work out again for this run. They are already
 * controlled, so they join after disclosure control.
 */
final class OtherCities {

	private final TableCatalog catalog;

	OtherCities(TableCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Adds to {@code cells} the cells of {@code published} for municipalities not in {@code compared},
	 * and adds each such municipality to {@code compared} in the order its first cell comes.
	 */
	void join(List<Cell> cells, List<Cell> published, Period period, List<Region> compared) {
		List<Region> own = List.copyOf(compared);
		for (Cell cell : published) {
			if (!Region.isMunicipalityCode(cell.region())) {
				continue;
			}
			Region region = Region.of(cell.region());
			if (!own.contains(region) && Period.parse(cell.period()).compareTo(period) <= 0 && !derived(cell)) {
				cells.add(cell);
				if (!compared.contains(region)) {
					compared.add(region);
				}
			}
		}
	}

	/** Whether a published cell is worked out from others (an index, a derived table). */
	private boolean derived(Cell cell) {
		return "index".equals(cell.measure())
				|| !this.catalog.table(cell.tableId()).map(TableDefinition::counted).orElse(false);
	}

}
