package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import no.kostrabatch.staging.FactStore;

import org.springframework.lang.Nullable;

/**
 * The statistics of a run, in stages: count every year of the time series → changes from the year
 * before → rates from the population → disclosure control → {@code ..} for what a source did not
 * measure → other municipalities' published figures → comparison groups and indexes → the change of
 * the key figures. Disclosure control is given by the caller ({@link Control}), since it comes after
 * statistics; the stages after it see only published numbers.
 */
public final class StatisticsPipeline {

	private final Counting counting;

	private final TableCatalog catalog;

	private final Regions regions;

	public StatisticsPipeline(FactStore store, TableCatalog catalog, StatisticsSettings settings, Regions regions) {
		this.counting = new Counting(store, catalog, settings, regions);
		this.catalog = catalog;
		this.regions = regions;
	}

	/**
	 * What a run asks for.
	 *
	 * @param municipalities the municipalities to count (current numbers)
	 * @param period the reporting year, or month for the year to date
	 * @param population the population for the rates (may be empty)
	 * @param control the disclosure control, or {@code null} for internal figures
	 * @param otherCities published figures of other municipalities to compare with (may be empty)
	 */
	public record Request(List<Region> municipalities, Period period, Population population,
			@Nullable Control control, List<Cell> otherCities) {

		public Request {
			municipalities = List.copyOf(municipalities);
			otherCities = List.copyOf(otherCities);
		}

	}

	/** Disclosure control over the true counts: the published cells and what it suppressed. */
	@FunctionalInterface
	public interface Control {

		Controlled apply(List<Cell> cells);

	}

	/**
	 * The cells after disclosure control.
	 *
	 * @param cells every cell, suppressed ones with their symbol
	 * @param suppressed count cells suppressed, primary and secondary
	 * @param countCells count cells in all
	 */
	public record Controlled(List<Cell> cells, int suppressed, int countCells) {
	}

	/**
	 * The statistics of a run.
	 *
	 * @param cells every published cell
	 * @param municipalities the run's municipalities, then the other ones compared with
	 * @param controlled what disclosure control suppressed, or {@code null} when it did not run
	 */
	public record Result(List<Cell> cells, List<Region> municipalities, @Nullable Controlled controlled) {
	}

	public Result run(Request request) {
		List<Cell> cells = withChanges(this.counting.count(request.municipalities(), request.period()));
		cells = PopulationMeasures.apply(this.catalog, cells, request.population());
		Unmeasured unmeasured = Unmeasured.find(this.catalog, cells);
		Controlled controlled = null;
		if (request.control() != null) {
			controlled = request.control().apply(cells);
			cells = controlled.cells();
		}
		cells = new ArrayList<>(unmeasured.apply(cells));
		List<Region> compared = new ArrayList<>(request.municipalities());
		new OtherCities(this.catalog).join(cells, request.otherCities(), request.period(), compared);
		List<String> codes = compared.stream().map(Region::code).toList();
		cells = GroupComparison.withGroup(cells, codes, this.catalog);
		cells = GroupComparison.withNamedGroups(cells, codes, this.catalog, this.regions);
		cells = KeyFigureChange.withChanges(cells, this.catalog);
		return new Result(cells, List.copyOf(compared), controlled);
	}

	/** Person-months read so far by the running count. */
	public long factsRead() {
		return this.counting.factsRead();
	}

	/** Share of the store's person-months up to the year that are read, 0..1. */
	public double progress() {
		return this.counting.progress();
	}

	/** Each year's cells with their changes from the year before, years in order. */
	private static List<Cell> withChanges(SortedMap<Integer, List<Cell>> byYear) {
		List<Cell> result = new ArrayList<>();
		byYear.forEach((y, cells) -> result.addAll(Comparison.withChanges(cells, byYear.getOrDefault(y - 1, List.of()))));
		return result;
	}

}
