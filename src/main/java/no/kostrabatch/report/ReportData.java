package no.kostrabatch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableCatalog;

/**
 * The neutral input of every report writer: the published cells (after disclosure control), the
 * catalogue that labels them, the regions' names and the run. Writers never see the store.
 */
public final class ReportData {

	private final TableCatalog catalog;

	private final Regions regions;

	private final RunInfo info;

	private final List<Cell> cells;

	private final Map<String, Cell> byKey = new HashMap<>();

	private final Map<String, List<Cell>> byTable = new HashMap<>();

	private final List<String> periods;

	private final List<String> regionCodes;

	public ReportData(TableCatalog catalog, Regions regions, RunInfo info, List<Cell> cells) {
		this.catalog = catalog;
		this.regions = regions;
		this.info = info;
		List<Cell> sorted = new ArrayList<>(cells);
		sorted.sort(Cell.order(catalog));
		this.cells = List.copyOf(sorted);
		TreeSet<String> periodSet = new TreeSet<>();
		TreeSet<String> regionSet = new TreeSet<>(Comparator.comparing(Regions::isGroup)
			.thenComparing((String r) -> Regions.isGroup(r) ? r : Regions.municipalityOf(r))
			.thenComparing(Comparator.naturalOrder()));
		for (Cell cell : this.cells) {
			this.byKey.put(cell.key(), cell);
			this.byTable.computeIfAbsent(tableKey(cell.tableId(), cell.region(), cell.period()), (k) -> new ArrayList<>())
				.add(cell);
			regionSet.add(cell.region());
			if (!MonthlyStatus.monthByMonth(catalog, cell.tableId())) {
				periodSet.add(cell.period());
			}
		}
		this.periods = List.copyOf(periodSet);
		this.regionCodes = List.copyOf(regionSet);
	}

	private static String tableKey(String tableId, String region, String period) {
		return tableId + "|" + region + "|" + period;
	}

	public TableCatalog catalog() {
		return this.catalog;
	}

	public Regions regions() {
		return this.regions;
	}

	public RunInfo info() {
		return this.info;
	}

	/**
	 * The period the run is compared with, or {@code null} when there is none or the cells have no
	 * figures for it (a run then reads as a single period).
	 */
	public String previousPeriod() {
		String previous = this.info.previousPeriod();
		return (previous != null && this.periods.contains(previous)) ? previous : null;
	}

	/** All cells in {@code statistics.csv} order. */
	public List<Cell> cells() {
		return this.cells;
	}

	/** The cells of one table, region and period, in {@code statistics.csv} order. */
	public List<Cell> cells(String tableId, String region, String period) {
		return List.copyOf(this.byTable.getOrDefault(tableKey(tableId, region, period), List.of()));
	}

	/** The cell of a table, region, period, categories ({@code null} where absent) and measure. */
	public Optional<Cell> cell(String tableId, String region, String period, String cat1, String cat2,
			String measure) {
		var table = this.catalog.requireTable(tableId);
		String key = new Cell(tableId, region, period, table.dim1(), cat1, table.dim2(), cat2, measure,
				BigDecimal.ZERO, null)
			.key();
		return Optional.ofNullable(this.byKey.get(key));
	}

	/** A key figure of a region and period, when it has a published value. */
	public Optional<BigDecimal> keyFigure(String region, String period, String measure) {
		return cell("key_figures", region, period, null, null, measure).filter(Cell::hasValue).map(Cell::value);
	}

	/** The categories present for the first dimension of a table, in publication order. */
	public List<String> categories(String tableId, String region, String period) {
		var table = this.catalog.requireTable(tableId);
		TreeSet<String> codes = new TreeSet<>(Comparator.comparingInt((String c) -> this.catalog.categoryRank(table.dim1(), c))
			.thenComparing(Comparator.naturalOrder()));
		cells(tableId, region, period).forEach((c) -> codes.add(c.cat1()));
		return List.copyOf(codes);
	}

	/** Every region with cells, municipalities first, then their districts, then groups. */
	public List<String> regionCodes() {
		return this.regionCodes;
	}

	/**
	 * Every period of the tables, oldest first; the months of {@code monthly_status} (and of its
	 * changes) are not periods of their own (see {@link #monthlyPeriods(int)}).
	 */
	public List<String> periods() {
		return this.periods;
	}

	/** The months {@code YYYY-01} to {@code YYYY-MM} of a year that {@code monthly_status} has, in order. */
	public List<String> monthlyPeriods(int year) {
		TreeSet<String> periods = new TreeSet<>();
		String prefix = year + "-";
		this.cells.stream()
			.filter((c) -> MonthlyStatus.TABLE.equals(c.tableId()) && c.period().startsWith(prefix))
			.forEach((c) -> periods.add(c.period()));
		return List.copyOf(periods);
	}

}
