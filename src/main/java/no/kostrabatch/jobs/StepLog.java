package no.kostrabatch.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Logs the start of every step with its run, so the log shows where a run was when it stopped. On H2
 * it first makes the store durable: H2 writes committed transactions to its file up to half a second
 * later, so a process killed just after a step began would otherwise leave a store that does not know
 * the run had started (its rerun would then be a fresh run rather than a continuation). Once this line
 * is in the log, the started run and step are on disk.
 */
@Component
class StepLog implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StepLog.class);

	private final DataSource dataSource;

	StepLog(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		checkpoint();
		log.info("Step {} started ({} {}, run {}).", stepExecution.getStepName(),
				stepExecution.getJobExecution().getJobInstance().getJobName(),
				stepExecution.getJobParameters().getString(RunParameters.PERIOD),
				stepExecution.getJobParameters().getLong(RunParameters.RUN));
	}

	private void checkpoint() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("CHECKPOINT");
				}
			}
		}
		catch (SQLException ex) {
			log.warn("The store could not be flushed to disk at the start of a step: {}", ex.getMessage());
		}
	}

}
