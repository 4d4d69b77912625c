package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureControl;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.DisclosureResult;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.Population;
import no.kostrabatch.statistics.Region;
import no.kostrabatch.statistics.StatisticsPipeline;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.lang.Nullable;

/**
 * Runs the {@link StatisticsPipeline} for the run's municipalities ({@link RunMunicipalities}), with
 * disclosure control in public mode and the figures of the comparison files, and keeps the published
 * cells for the write step.
 */
class AggregateTasklet implements Tasklet {

	/**
	 * The aggregate step's job parameters.
	 *
	 * @param period the reporting period
	 * @param regions the regions asked for (every one when empty)
	 * @param population the population file, or {@code null}
	 * @param disclosure internal or public figures
	 * @param minimumCount the smallest count published
	 * @param compare statistics.csv files of other municipalities
	 */
	record Parameters(Period period, List<String> regions, @Nullable Path population, DisclosureMode disclosure,
			int minimumCount, List<Path> compare) {
	}

	private final Parameters parameters;

	private final RunMunicipalities municipalities;

	private final StatisticsPipeline pipeline;

	private final ResultStore results;

	private final TableCatalog catalog;

	AggregateTasklet(Parameters parameters, RunMunicipalities municipalities, StatisticsPipeline pipeline,
			ResultStore results, TableCatalog catalog) {
		this.parameters = parameters;
		this.municipalities = municipalities;
		this.pipeline = pipeline;
		this.results = results;
		this.catalog = catalog;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		List<Region> counted = this.municipalities.choose(RunContext.importIds(job), RunContext.summary(job).imports(),
				this.parameters.period().year(), this.parameters.regions());
		StatisticsPipeline.Result result = this.pipeline.run(new StatisticsPipeline.Request(counted,
				this.parameters.period(), population(), control(), otherCities()));
		if (result.controlled() != null) {
			RunSummary.Suppression suppression = new RunSummary.Suppression(result.controlled().suppressed(),
					result.controlled().countCells());
			RunContext.update(job, (summary) -> summary.withSuppression(suppression));
		}
		List<String> compared = result.municipalities().stream().map(Region::code).toList();
		RunContext.update(job, (summary) -> summary.withMunicipalities(compared));
		this.results.replace(step.getJobExecution().getJobInstance().getInstanceId(), result.cells());
		return RepeatStatus.FINISHED;
	}

	private Population population() {
		Path file = this.parameters.population();
		try {
			return (file != null) ? Population.load(file) : Population.empty();
		}
		catch (IOException ex) {
			throw RunFailure.input("Cannot read the population file " + file + ".");
		}
	}

	@Nullable
	private StatisticsPipeline.Control control() {
		if (this.parameters.disclosure() != DisclosureMode.PUBLIC) {
			return null;
		}
		DisclosureControl control = new DisclosureControl(this.catalog, this.parameters.minimumCount());
		return (cells) -> {
			DisclosureResult result = control.apply(cells);
			return new StatisticsPipeline.Controlled(result.cells(),
					result.primarySuppressed() + result.secondarySuppressed(), result.countCells());
		};
	}

	/** The published cells of every comparison file, file by file. */
	private List<Cell> otherCities() {
		List<Cell> cells = new ArrayList<>();
		for (Path file : this.parameters.compare()) {
			try {
				cells.addAll(new StatisticsCsvReader().read(file));
			}
			catch (IOException | RuntimeException ex) {
				throw RunFailure.input("Cannot read the comparison figures " + file
						+ " (a statistics.csv from kostra-batch).");
			}
		}
		return cells;
	}

}
