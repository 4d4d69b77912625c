package no.kostrabatch.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.kostrabatch.input.InputFileException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/**
 * Starts a job for a period. A period is recognised: when its last run failed or was stopped, the
 * run is restarted and goes on where it stopped; when it finished, a new run (number + 1) replaces
 * its output.
 */
@Component
public class PeriodJobRunner {

	private final JobLauncher launcher;

	private final JobExplorer explorer;

	private final Map<String, Job> jobs;

	PeriodJobRunner(JobLauncher launcher, JobExplorer explorer, List<Job> jobs) {
		this.launcher = launcher;
		this.explorer = explorer;
		this.jobs = new HashMap<>();
		jobs.forEach((job) -> this.jobs.put(job.getName(), job));
	}

	public RunOutcome run(String jobName, RunParameters parameters) {
		Job job = Objects.requireNonNull(this.jobs.get(jobName), () -> "No job " + jobName);
		JobExecution last = lastExecution(jobName, parameters.period());
		long run = 1;
		boolean restart = false;
		long replaced = 0;
		if (last != null) {
			long lastRun = last.getJobParameters().getLong(RunParameters.RUN);
			restart = last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED;
			run = restart ? lastRun : lastRun + 1;
			replaced = restart ? 0 : lastRun;
		}
		Instant start = Instant.now();
		JobParameters jobParameters = parameters.toJobParameters(run);
		JobExecution execution;
		try {
			execution = this.launcher.run(job, jobParameters);
		}
		catch (Exception ex) {
			throw new RunFailure("The " + jobName + " run for " + parameters.period() + " could not start: "
					+ ex.getMessage());
		}
		Map<String, Object> summary = new HashMap<>();
		execution.getExecutionContext().entrySet().forEach((e) -> summary.put(e.getKey(), e.getValue()));
		boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
		if (!ok) {
			summary.put(RunOutcome.FAILURE_KIND, failureKind(execution).name());
		}
		Map<String, Duration> steps = new java.util.LinkedHashMap<>();
		execution.getStepExecutions()
			.stream()
			.sorted(java.util.Comparator.comparing(org.springframework.batch.core.StepExecution::getId))
			.forEach((s) -> steps.put(s.getStepName(), (s.getStartTime() != null && s.getEndTime() != null)
					? Duration.between(s.getStartTime(), s.getEndTime()) : Duration.ZERO));
		return new RunOutcome(ok, restart, replaced, ok ? "" : failureMessage(execution), summary,
				Duration.between(start, Instant.now()), steps);
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
