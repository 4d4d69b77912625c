package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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

	private final AtomicLong reportsWritten = new AtomicLong();

	private final AtomicLong reportsToWrite = new AtomicLong();

	WriteReportsTasklet(FactStore facts, ResultStore results, TableCatalog catalog, Regions regions) {
		this.facts = facts;
		this.results = results;
		this.catalog = catalog;
		this.regions = regions;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		var parameters = step.getJobParameters();
		Path target = Path.of(parameters.getString(RunParameters.OUT));
		Path out = OutputFolder.staging(target);
		Files.createDirectories(out);
		long runId = step.getJobExecution().getJobInstance().getInstanceId();
		List<Long> importIds = FinishImportTasklet.importIds(job);
		String period = parameters.getString(RunParameters.PERIOD);
		List<String> municipalities = Arrays.asList(job.getString("summary.municipalities", "").split(","));
		List<String> sources = this.facts.summaries(importIds).stream().map(ImportSummary::fileName).toList();
		RunInfo info = new RunInfo(step.getJobExecution().getJobInstance().getJobName(), period, Periods.yearBefore(period), municipalities, sources,
				Instant.ofEpochMilli(step.getJobExecution().getStartTime().atZone(java.time.ZoneId.systemDefault())
					.toInstant()
					.toEpochMilli()),
				DisclosureMode.valueOf(parameters.getString(RunParameters.DISCLOSURE)),
				Lang.valueOf(parameters.getString(RunParameters.LANG)));
		ReportData data = new ReportData(this.catalog, this.regions, info, this.results.load(runId));
		List<String> wanted = RunParameters.listOf(parameters.getString(RunParameters.OUTPUTS));
		List<String> written = new ArrayList<>();
		this.reportsWritten.set(0);
		List<ReportWriter> writers = ReportFormats.all().stream().filter((w) -> wants(wanted, w.name())).toList();
		this.reportsToWrite.set(writers.size() + 1);
		for (ReportWriter writer : writers) {
			written.addAll(writer.writeInto(data, out));
			this.reportsWritten.incrementAndGet();
		}
		if (!importIds.isEmpty()) {
			new RejectsCsvWriter().write(RejectsTasklet.shown(this.facts.rejected(importIds), info.disclosure()),
					OutputFolder.fresh(out, "avvist.csv"));
			written.add("avvist.csv");
		}
		this.reportsWritten.incrementAndGet();
		job.putString("summary.written", String.join(",", written));
		OutputFolder.publish(target);
		this.results.delete(runId);
		return RepeatStatus.FINISHED;
	}

	/** Reports written so far by the running step. */
	long reportsWritten() {
		return this.reportsWritten.get();
	}

	/** Share of the reports to write that are written, 0..1. */
	double progress() {
		long total = this.reportsToWrite.get();
		return (total == 0) ? 0 : Math.min(1.0, (double) this.reportsWritten.get() / total);
	}

	private static boolean wants(List<String> wanted, String file) {
		return wanted.isEmpty() || wanted.contains(file);
	}

}
