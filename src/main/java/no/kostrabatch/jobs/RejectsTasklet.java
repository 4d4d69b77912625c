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

	private final Path out;

	private final DisclosureMode disclosure;

	RejectsTasklet(FactStore facts, Path out, DisclosureMode disclosure) {
		this.facts = facts;
		this.out = out;
		this.disclosure = disclosure;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		List<String[]> rejected = this.facts.rejected(RunContext.importIds(step.getJobExecution().getExecutionContext()));
		Path staging = OutputFolder.staging(this.out);
		Files.createDirectories(staging);
		if (!rejected.isEmpty()) {
			rejected = shown(rejected, this.disclosure);
			new RejectsCsvWriter().write(rejected, OutputFolder.fresh(staging, "avvist.csv"));
			RunContext.update(step.getJobExecution().getExecutionContext(),
					(summary) -> summary.withWritten(List.of("avvist.csv")));
		}
		OutputFolder.publish(this.out);
		return RepeatStatus.FINISHED;
	}

	/** Rejected rows (file, line, reason) with their file names as {@link FileNames#shown}. */
	static List<String[]> shown(List<String[]> rejected, DisclosureMode disclosure) {
		return rejected.stream()
			.map((row) -> new String[] { FileNames.shown(row[0], disclosure), row[1], row[2] })
			.toList();
	}

}
