package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.FileNames;
import no.kostrabatch.report.control.ControlReport;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.lang.Nullable;

/**
 * Runs SSB's control rules on every input file and writes its control report under
 * {@code kontroll/<file>/} next to the statistics. Records with ERROR findings are still counted
 * (invalid codes as unknown); only a FATAL finding stops the run.
 */
class ValidateTasklet implements Tasklet {

	private final List<Path> inputs;

	private final Path out;

	private final DisclosureMode disclosure;

	@Nullable
	private final Path mapping;

	private final Lang lang;

	private final StepProgress linesRead;

	/**
	 * @param inputs the run's input files
	 * @param out the output folder (the control reports go into its staging folder)
	 * @param disclosure how file names are shown
	 * @param mapping the column mapping file of the CSV extracts, or {@code null}
	 * @param lang the language of the control reports' own words
	 * @param linesRead lines read so far, over every pass of every file
	 */
	ValidateTasklet(List<Path> inputs, Path out, DisclosureMode disclosure, @Nullable Path mapping, Lang lang,
			StepProgress linesRead) {
		this.inputs = List.copyOf(inputs);
		this.out = out;
		this.disclosure = disclosure;
		this.mapping = mapping;
		this.lang = lang;
		this.linesRead = linesRead;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		Path out = OutputFolder.staging(this.out).resolve("kontroll");
		long errors = 0;
		long warnings = 0;
		this.linesRead.start(linesToRead(this.inputs));
		ControlReport control = new ControlReport(RunParameters.mappingOf(this.mapping), this.linesRead::advance,
				this.lang);
		java.util.Set<String> folders = new java.util.HashSet<>();
		for (Path input : this.inputs) {
			String name = FileNames.shown(input.getFileName().toString(), this.disclosure);
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
		RunSummary.Findings findings = new RunSummary.Findings(errors, warnings);
		RunContext.update(job, (summary) -> summary.withFindings(findings));
		return RepeatStatus.FINISHED;
	}

	/** A CSV extract's lines are counted once, an 11F file's twice (see {@link ControlReport}). */
	private static long linesToRead(List<Path> inputs) {
		long total = 0;
		for (Path input : inputs) {
			boolean csv = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
			total += (csv ? 1 : 2) * lineEnds(input);
		}
		return total;
	}

	private static long lineEnds(Path file) {
		long count = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						count++;
					}
				}
			}
		}
		catch (IOException ex) {
			return count;
		}
		return count;
	}

}
