package no.kostrabatch.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.FileNames;
import no.kostrabatch.report.csv.RejectsCsvWriter;
import no.kostrabatch.staging.FactStore;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Writes {@code avvist.csv} for an import-only run when lines were rejected. */
class RejectsTasklet implements Tasklet {

	private final FactStore facts;

	RejectsTasklet(FactStore facts) {
		this.facts = facts;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		List<String[]> rejected = this.facts.rejected(FinishImportTasklet.importIds(step.getJobExecution()
			.getExecutionContext()));
		Path out = Path.of(step.getJobParameters().getString(RunParameters.OUT));
		Path staging = OutputFolder.staging(out);
		Files.createDirectories(staging);
		if (!rejected.isEmpty()) {
			DisclosureMode disclosure = DisclosureMode.valueOf(step.getJobParameters().getString(RunParameters.DISCLOSURE));
			rejected = shown(rejected, disclosure);
			new RejectsCsvWriter().write(rejected, OutputFolder.fresh(staging, "avvist.csv"));
			step.getJobExecution().getExecutionContext().putString("summary.written", "avvist.csv");
		}
		OutputFolder.publish(out);
		return RepeatStatus.FINISHED;
	}

	/** Rejected rows (file, line, reason) with their file names as {@link FileNames#shown}. */
	static List<String[]> shown(List<String[]> rejected, DisclosureMode disclosure) {
		return rejected.stream()
			.map((row) -> new String[] { FileNames.shown(row[0], disclosure), row[1], row[2] })
			.toList();
	}

}
