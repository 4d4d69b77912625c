package no.kostrabatch.jobs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.ImportDelivery;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Publishes the run's imports: the files of the run add up, and together replace what earlier runs
 * delivered for the same municipality and month (stray months excepted, see
 * {@link FactStore#finishRun}). Leaves in the {@link RunSummary}, per file, what it delivered and
 * replaced, and which months of each year the store now covers.
 */
class FinishImportTasklet implements Tasklet {

	private final FactStore store;

	private final Set<YearMonth> replace;

	/** @param replace months a file may replace although few of its rows lie there */
	FinishImportTasklet(FactStore store, Set<YearMonth> replace) {
		this.store = store;
		this.replace = Set.copyOf(replace);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		long lines = 0;
		long facts = 0;
		long rejected = 0;
		long replaced = 0;
		List<RunDeliveries.Delivery> deliveries = new ArrayList<>();
		TreeMap<MunicipalityYear, TreeSet<Integer>> years = new TreeMap<>();
		for (ImportDelivery d : this.store.finishRun(RunContext.importIds(job), this.replace)) {
			lines += d.summary().linesRead();
			facts += d.summary().factsWritten();
			rejected += d.summary().rejected();
			replaced += d.before();
			deliveries.add(RunDeliveries.of(d));
			for (String municipality : d.municipalities()) {
				for (YearMonth month : d.months()) {
					years.computeIfAbsent(new MunicipalityYear(municipality, month.getYear()), (k) -> new TreeSet<>());
				}
			}
		}
		List<RunDeliveries.Coverage> coverage = new ArrayList<>();
		years.forEach((key, months) -> {
			months.addAll(this.store.months(key.municipality(), key.year()));
			coverage.add(new RunDeliveries.Coverage(key.municipality(), key.year(), List.copyOf(months)));
		});
		RunSummary.Imports imports = new RunSummary.Imports(lines, facts, rejected, replaced, deliveries, coverage);
		RunContext.update(job, (summary) -> summary.withImports(imports));
		return RepeatStatus.FINISHED;
	}

	/** A municipality's year, in the order of the run summary. */
	private record MunicipalityYear(String municipality, int year) implements Comparable<MunicipalityYear> {

		private static final Comparator<MunicipalityYear> ORDER = Comparator.comparing(MunicipalityYear::municipality)
			.thenComparingInt(MunicipalityYear::year);

		@Override
		public int compareTo(MunicipalityYear other) {
			return ORDER.compare(this, other);
		}

	}

}
