package no.kostrabatch.jobs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.kostrabatch.disclosure.DisclosureControl;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.DisclosureResult;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.ImportScope;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.GroupComparison;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.Population;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;
import no.kostrabatch.statistics.Unmeasured;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Aggregates the run's municipalities (those its files delivered for the year, or every
 * municipality in the store for the year when the run imported nothing), applies disclosure
 * control in public mode, adds the comparison groups with their indexes and the change of the key
 * figures (both from the published cells), and keeps the cells for the write step.
 */
class AggregateTasklet implements Tasklet {

	private final FactStore facts;

	private final ResultStore results;

	private final StatisticsComputation computation;

	private final TableCatalog catalog;

	private final Regions regions;

	AggregateTasklet(FactStore facts, ResultStore results, StatisticsComputation computation, TableCatalog catalog,
			Regions regions) {
		this.regions = regions;
		this.facts = facts;
		this.results = results;
		this.computation = computation;
		this.catalog = catalog;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		var parameters = step.getJobParameters();
		String period = parameters.getString(RunParameters.PERIOD);
		int year = Integer.parseInt(period.substring(0, 4));
		List<String> regions = RunParameters.listOf(parameters.getString(RunParameters.REGIONS));
		List<String> municipalities = municipalities(job, year).stream()
			.map(this.regions::current)
			.distinct()
			.filter((m) -> regions.isEmpty() || regions.contains(m))
			.toList();
		if (municipalities.isEmpty()) {
			throw noRecipients(job, year, regions);
		}
		String populationFile = parameters.getString(RunParameters.POPULATION);
		Population population;
		try {
			population = (populationFile != null) ? Population.load(java.nio.file.Path.of(populationFile))
					: Population.empty();
		}
		catch (java.io.IOException ex) {
			throw RunFailure.input("Cannot read the population file " + populationFile + ".");
		}
		List<Cell> cells = this.computation.compute(municipalities, period, population);
		Unmeasured unmeasured = Unmeasured.find(this.catalog, cells);
		if (DisclosureMode.valueOf(parameters.getString(RunParameters.DISCLOSURE)) == DisclosureMode.PUBLIC) {
			int k = parameters.getLong(RunParameters.MINIMUM_COUNT).intValue();
			DisclosureResult result = new DisclosureControl(this.catalog, k).apply(cells);
			cells = result.cells();
			job.putInt("summary.suppressed", result.primarySuppressed() + result.secondarySuppressed());
			job.putInt("summary.countCells", result.countCells());
		}
		List<String> compared = new java.util.ArrayList<>(municipalities);
		cells = new java.util.ArrayList<>(unmeasured.apply(cells));
		for (String file : RunParameters.listOf(parameters.getString(RunParameters.COMPARE))) {
			for (Cell cell : readPublished(file)) {
				boolean municipality = cell.region().matches("\\d{4}");
				if (municipality && !municipalities.contains(cell.region()) && cell.period().compareTo(period) <= 0
						&& !derived(cell)) {
					cells.add(cell);
					if (!compared.contains(cell.region())) {
						compared.add(cell.region());
					}
				}
			}
		}
		cells = GroupComparison.withNamedGroups(GroupComparison.withGroup(cells, compared, this.catalog), compared,
				this.catalog, this.regions);
		cells = KeyFigureChange.withChanges(cells, this.catalog);
		municipalities = compared;
		job.putString("summary.municipalities", String.join(",", municipalities));
		long runId = step.getJobExecution().getJobInstance().getInstanceId();
		this.results.replace(runId, cells);
		return RepeatStatus.FINISHED;
	}

	/** Whether a published cell is worked out from others (an index, a derived table): it is worked out again here. */
	private boolean derived(Cell cell) {
		return "index".equals(cell.measure())
				|| !this.catalog.table(cell.tableId()).map(TableDefinition::counted).orElse(false);
	}

	private static List<Cell> readPublished(String file) {
		try {
			return new no.kostrabatch.disclosure.StatisticsCsvReader().read(java.nio.file.Path.of(file));
		}
		catch (java.io.IOException | RuntimeException ex) {
			throw RunFailure.input("Cannot read the comparison figures " + file + " (a statistics.csv from kostra-batch).");
		}
	}

	/** No recipients for the year: the sentence says which years the files of this run hold instead. */
	private RunFailure noRecipients(ExecutionContext job, int year, List<String> regions) {
		List<Long> ids = FinishImportTasklet.importIds(job);
		long lines = job.getLong("summary.lines", 0L);
		if (!ids.isEmpty() && lines > 0 && job.getLong("summary.facts", 0L) == 0) {
			String first = this.facts.firstRejection(ids).map((reason) -> "; the first: " + reason).orElse("");
			return RunFailure.input(String.format(java.util.Locale.ROOT, "Every one of the %,d lines of the files given "
					+ "was rejected, so there is nothing to count for %d%s. Correct the files and run again "
					+ "('./kostra import FILE --rejects DIR' lists every line's reason in DIR/avvist.csv).", lines, year,
					first));
		}
		Set<Integer> years = new java.util.TreeSet<>();
		for (long id : ids) {
			this.facts.scopes(id).forEach((scope) -> years.add(scope.year()));
		}
		if (years.isEmpty() || years.contains(year)) {
			return new RunFailure("The store holds no recipients for " + year
					+ (regions.isEmpty() ? "" : " in " + String.join(", ", regions)) + ": import files for " + year
					+ " first.");
		}
		String held = years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
		return RunFailure.input("The files given hold " + held + ", not " + year + ", and the store holds no recipients "
				+ "for " + year + ": run for " + held + ", or give files for " + year + ".");
	}

	private List<String> municipalities(ExecutionContext job, int year) {
		Set<String> fromRun = new LinkedHashSet<>();
		for (long id : FinishImportTasklet.importIds(job)) {
			for (ImportScope scope : this.facts.scopes(id)) {
				if (scope.year() == year) {
					fromRun.add(scope.municipality());
				}
			}
		}
		return fromRun.isEmpty() ? this.facts.municipalities(year) : fromRun.stream().sorted().toList();
	}

}
