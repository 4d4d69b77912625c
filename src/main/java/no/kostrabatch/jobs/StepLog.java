package no.kostrabatch.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/** Logs the start of every step with its run, so the log shows where a run was when it stopped. */
class StepLog implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StepLog.class);

	@Override
	public void beforeStep(StepExecution stepExecution) {
		log.info("Steg {} startet ({} {}, kjøring {}).", stepExecution.getStepName(),
				stepExecution.getJobExecution().getJobInstance().getJobName(),
				stepExecution.getJobParameters().getString(RunParameters.PERIOD),
				stepExecution.getJobParameters().getLong(RunParameters.RUN));
	}

}
