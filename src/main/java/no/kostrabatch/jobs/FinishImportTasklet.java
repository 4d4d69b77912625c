package no.kostrabatch.jobs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * {@link FactStore#finishRun}). Leaves for the run summary, per file, what it delivered and replaced
 * ({@code summary.deliveries}) and which months of each year the store now covers
 * ({@code summary.coverage}).
 */
class FinishImportTasklet implements Tasklet {

	private final FactStore store;

	FinishImportTasklet(FactStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		Set<YearMonth> replace = new LinkedHashSet<>();
		for (String month : RunParameters.listOf(step.getJobParameters().getString(RunParameters.REPLACE_MONTHS))) {
			replace.add(YearMonth.parse(month));
		}
		long lines = 0;
		long facts = 0;
		long rejected = 0;
		long replaced = 0;
		List<String> deliveries = new ArrayList<>();
		TreeMap<String, TreeSet<Integer>> years = new TreeMap<>();
		for (ImportDelivery d : this.store.finishRun(importIds(job), replace)) {
			lines += d.summary().linesRead();
			facts += d.summary().factsWritten();
			rejected += d.summary().rejected();
			replaced += d.before();
			deliveries.add(RunDeliveries.encode(d));
			for (String municipality : d.municipalities()) {
				for (YearMonth month : d.months()) {
					years.computeIfAbsent(municipality + " " + month.getYear(), (k) -> new TreeSet<>());
				}
			}
		}
		List<String> coverage = new ArrayList<>();
		years.forEach((key, months) -> {
			String[] parts = key.split(" ");
			months.addAll(this.store.months(parts[0], Integer.parseInt(parts[1])));
			coverage.add(key + " " + String.join(",", months.stream().map(String::valueOf).toList()));
		});
		job.putLong("summary.lines", lines);
		job.putLong("summary.facts", facts);
		job.putLong("summary.rejected", rejected);
		job.putLong("summary.replaced", replaced);
		job.putString("summary.deliveries", String.join("\n", deliveries));
		job.putString("summary.coverage", String.join("\n", coverage));
		return RepeatStatus.FINISHED;
	}

	static List<Long> importIds(ExecutionContext job) {
		List<Long> ids = new ArrayList<>();
		String text = job.getString("import.ids", "");
		if (!text.isEmpty()) {
			for (String id : text.split(",")) {
				ids.add(Long.parseLong(id));
			}
		}
		return ids;
	}

}
