package no.kostrabatch.jobs;

import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.ImportSummary;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/** Publishes the run's imports: their facts replace older facts of the same municipality and month. */
class FinishImportTasklet implements Tasklet {

	private final FactStore store;

	FinishImportTasklet(FactStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		long lines = 0;
		long facts = 0;
		long rejected = 0;
		long replaced = 0;
		for (long id : importIds(job)) {
			ImportSummary summary = this.store.finishImport(id);
			lines += summary.linesRead();
			facts += summary.factsWritten();
			rejected += summary.rejected();
			replaced += summary.factsReplaced();
		}
		job.putLong("summary.lines", lines);
		job.putLong("summary.facts", facts);
		job.putLong("summary.rejected", rejected);
		job.putLong("summary.replaced", replaced);
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
