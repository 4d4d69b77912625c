package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.report.ReportWriter;
import no.kostrabatch.report.csv.RejectsCsvWriter;
import no.kostrabatch.report.formats.ReportFormats;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.ImportSummary;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Periods;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/** Writes the run's reports from its published cells: CSV, workbook, PDF and the rejected lines. */
class WriteReportsTasklet implements Tasklet {

	/**
	 * The report files a run can be asked for (a job file's {@code outputs}), one per {@link ReportFormats
	 * format}; avvist.csv is always written.
	 */
	static final List<String> REPORTS = ReportFormats.NAMES;

	private final FactStore facts;

	private final ResultStore results;

	private final TableCatalog catalog;

	private final Regions regions;

	private final Parameters parameters;

	private final StepProgress reportsWritten;

	/**
	 * The write step's job parameters.
	 *
	 * @param out the output folder
	 * @param period the reporting period
	 * @param disclosure internal or public figures
	 * @param lang the reports' language
	 * @param outputs the report files asked for (every one when empty)
	 */
	record Parameters(Path out, String period, DisclosureMode disclosure, Lang lang, List<String> outputs) {
	}

	WriteReportsTasklet(Parameters parameters, FactStore facts, ResultStore results, TableCatalog catalog,
			Regions regions, StepProgress reportsWritten) {
		this.parameters = parameters;
		this.facts = facts;
		this.results = results;
		this.catalog = catalog;
		this.regions = regions;
		this.reportsWritten = reportsWritten;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		Path target = this.parameters.out();
		Path out = OutputFolder.staging(target);
		Files.createDirectories(out);
		long runId = step.getJobExecution().getJobInstance().getInstanceId();
		List<Long> importIds = RunContext.importIds(job);
		String period = this.parameters.period();
		List<String> municipalities = RunContext.summary(job).municipalities();
		List<String> sources = this.facts.summaries(importIds).stream().map(ImportSummary::fileName).toList();
		RunInfo info = new RunInfo(step.getJobExecution().getJobInstance().getJobName(), period, Periods.yearBefore(period), municipalities, sources,
				Instant.ofEpochMilli(step.getJobExecution().getStartTime().atZone(java.time.ZoneId.systemDefault())
					.toInstant()
					.toEpochMilli()),
				this.parameters.disclosure(), this.parameters.lang());
		ReportData data = new ReportData(this.catalog, this.regions, info, this.results.load(runId));
		List<String> wanted = this.parameters.outputs();
		List<String> written = new ArrayList<>();
		List<ReportWriter> writers = ReportFormats.all().stream().filter((w) -> wants(wanted, w.name())).toList();
		this.reportsWritten.start(writers.size() + 1);
		for (ReportWriter writer : writers) {
			written.addAll(writer.writeInto(data, out));
			this.reportsWritten.advance();
		}
		if (!importIds.isEmpty()) {
			new RejectsCsvWriter(info.lang()).write(RejectsTasklet.shown(this.facts.rejected(importIds), info.disclosure()),
					OutputFolder.fresh(out, "avvist.csv"));
			written.add("avvist.csv");
		}
		this.reportsWritten.advance();
		RunContext.update(job, (summary) -> summary.withWritten(written));
		OutputFolder.publish(target);
		this.results.delete(runId);
		return RepeatStatus.FINISHED;
	}

	private static boolean wants(List<String> wanted, String file) {
		return wanted.isEmpty() || wanted.contains(file);
	}

}
