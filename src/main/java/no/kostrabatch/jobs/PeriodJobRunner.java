package no.kostrabatch.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.kostrabatch.input.InputFileException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job for a period. A period is recognised: when its last run failed or was stopped and
 * this run has the same inputs (path, size and modification time of every file) and options, the run
 * is restarted and goes on where it stopped; otherwise (it finished, or the inputs or options
 * changed) a new run (number + 1) starts from the beginning and replaces its output. A last run still
 * marked as running was left by a process that is gone (the caller holds the store lock): it is
 * marked failed first, with its running steps.
 */
@Component
public class PeriodJobRunner {

	private final JobLauncher launcher;

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final Map<String, Job> jobs;

	PeriodJobRunner(JobLauncher launcher, JobExplorer explorer, JobRepository repository, List<Job> jobs) {
		this.launcher = launcher;
		this.explorer = explorer;
		this.repository = repository;
		this.jobs = new HashMap<>();
		jobs.forEach((job) -> this.jobs.put(job.getName(), job));
	}

	public RunOutcome run(String jobName, RunParameters parameters) {
		Job job = Objects.requireNonNull(this.jobs.get(jobName), () -> "No job " + jobName);
		if (!jobName.equals(CaseStatisticsJobConfiguration.IMPORT) && !RunParameters.isPeriod(parameters.period())) {
			throw new IllegalArgumentException("The period must be a year (YYYY) or a month (YYYY-MM).");
		}
		RunParameters.mappingOf(parameters.mapping());
		JobExecution last = lastExecution(jobName, parameters.period());
		long run = 1;
		boolean restart = false;
		long replaced = 0;
		String notice = "";
		String fingerprint = parameters.fingerprint();
		if (last != null) {
			long lastRun = last.getJobParameters().getLong(RunParameters.RUN);
			boolean stale = last.getStatus().isRunning();
			if (stale) {
				markFailed(last);
			}
			boolean unfinished = last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED;
			boolean same = fingerprint.equals(last.getJobParameters().getString(RunParameters.FINGERPRINT));
			restart = unfinished && same;
			run = restart ? lastRun : lastRun + 1;
			replaced = restart ? 0 : lastRun;
			String what = "The " + jobName + " run for " + parameters.period() + " (run " + lastRun + ")";
			if (stale && restart) {
				notice = what + " was left unfinished by a process that is gone; it is marked failed and this run "
						+ "continues it where it stopped.";
			}
			else if (unfinished && restart) {
				notice = what + " had stopped; this run continues it where it stopped (same inputs and options).";
			}
			else if (unfinished) {
				notice = what + " did not finish" + (stale ? " (its process is gone)" : "")
						+ "; the inputs or options differ from it, so this is a new run from the start (run " + run
						+ ").";
			}
		}
		Instant start = Instant.now();
		JobParameters jobParameters = parameters.toJobParameters(run, fingerprint, !restart);
		JobExecution execution;
		try {
			execution = this.launcher.run(job, jobParameters);
		}
		catch (Exception ex) {
			// the cause is kept: an OutOfMemoryError under a store error (H2 closes itself after one) is exit 4
			RunFailure failure = new RunFailure("The " + jobName + " run for " + parameters.period() + " could not start: "
					+ ex.getMessage());
			failure.initCause(ex);
			throw failure;
		}
		RunSummary summary = RunContext.summary(execution.getExecutionContext());
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		RunFailure.Kind kind = ok ? RunFailure.Kind.FAILED : failureKind(execution);
		Map<String, Duration> steps = new java.util.LinkedHashMap<>();
		execution.getStepExecutions()
			.stream()
			.sorted(java.util.Comparator.comparing(org.springframework.batch.core.StepExecution::getId))
			.forEach((s) -> steps.put(s.getStepName(), (s.getStartTime() != null && s.getEndTime() != null)
					? Duration.between(s.getStartTime(), s.getEndTime()) : Duration.ZERO));
		boolean outOfMemory = !ok && (outOfMemory(execution)
				|| (kind == RunFailure.Kind.FAILED && MemoryWatch.exhausted()));
		String message = ok ? "" : outOfMemory ? RunOutcome.outOfMemoryMessage(" in step '" + failedStep(execution) + "'")
				: failureMessage(execution);
		return new RunOutcome(ok, restart, replaced, message, notice, summary, kind,
				Duration.between(start, Instant.now()), steps, outOfMemory);
	}

	/** Marks an execution whose process is gone, and its running steps, as failed, so it can restart. */
	private void markFailed(JobExecution stale) {
		JobExecution execution = this.explorer.getJobExecution(stale.getId());
		LocalDateTime now = LocalDateTime.now();
		String reason = "The process running it ended without finishing (killed or crashed).";
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
				step.setEndTime(now);
				this.repository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
		execution.setEndTime(now);
		this.repository.update(execution);
		stale.setStatus(BatchStatus.FAILED);
	}

	private static boolean outOfMemory(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof OutOfMemoryError) {
					return true;
				}
			}
		}
		return false;
	}

	private static String failedStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStatus() == BatchStatus.FAILED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse("?");
	}

	private JobExecution lastExecution(String jobName, String period) {
		JobExecution last = null;
		for (JobInstance instance : this.explorer.findJobInstancesByJobName(jobName, 0, Integer.MAX_VALUE)) {
			for (JobExecution execution : this.explorer.getJobExecutions(instance)) {
				if (period.equals(execution.getJobParameters().getString(RunParameters.PERIOD))
						&& (last == null || execution.getId() > last.getId())) {
					last = execution;
				}
			}
		}
		return last;
	}

	static RunFailure.Kind failureKind(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof RunFailure runFailure) {
					return runFailure.kind();
				}
				if (cause instanceof InputFileException) {
					return RunFailure.Kind.INPUT;
				}
			}
		}
		return RunFailure.Kind.FAILED;
	}

	static String failureMessage(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			Throwable cause = failure;
			while (cause != null) {
				if (cause instanceof RunFailure || cause instanceof InputFileException) {
					return cause.getMessage();
				}
				cause = cause.getCause();
			}
		}
		String step = execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStatus() == BatchStatus.FAILED)
			.map((s) -> s.getStepName())
			.findFirst()
			.orElse("?");
		Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		return "The run failed in step '" + step + "'" + ((first != null) ? ": " + first.getMessage() : "")
				+ " (details in the log; run with --debug for the stack trace).";
	}

}
