package no.kostrabatch.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.FileNames;
import no.kostrabatch.report.control.ControlReport;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Runs SSB's control rules on every input file and writes its control report under
 * {@code kontroll/<file>/} next to the statistics. Records with ERROR findings are still counted
 * (invalid codes as unknown); only a FATAL finding stops the run.
 */
class ValidateTasklet implements Tasklet {

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		List<Path> inputs = RunParameters.inputsOf(step.getJobParameters().getString(RunParameters.MANIFEST));
		Path out = OutputFolder.staging(Path.of(step.getJobParameters().getString(RunParameters.OUT)))
			.resolve("kontroll");
		long errors = 0;
		long warnings = 0;
		DisclosureMode disclosure = DisclosureMode.valueOf(step.getJobParameters().getString(RunParameters.DISCLOSURE));
		ControlReport control = new ControlReport(RunParameters.mappingOf(step.getJobParameters()));
		java.util.Set<String> folders = new java.util.HashSet<>();
		for (Path input : inputs) {
			String name = FileNames.shown(input.getFileName().toString(), disclosure);
			String folder = name;
			for (int i = 2; !folders.add(folder); i++) {
				folder = name + "-" + i;
			}
			OutputFolder.deleteTree(out.resolve(folder));
			ControlReport.Result result = control.run(input, OptionalInt.empty(), null, out.resolve(folder),
					name);
			ValidationSummary summary = result.summary();
			if (summary.count(Severity.FATAL) > 0) {
				throw RunFailure.input(name + " has FATAL findings (SSB's record rules cannot run on it); see "
						+ result.csv() + " (the run's folder beside the output folder, until a run "
						+ "finishes). Nothing was imported from this run.");
			}
			errors += summary.count(Severity.ERROR);
			warnings += summary.count(Severity.WARNING);
		}
		job.putLong("summary.errors", errors);
		job.putLong("summary.warnings", warnings);
		return RepeatStatus.FINISHED;
	}

}
