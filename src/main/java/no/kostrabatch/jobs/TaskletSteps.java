package no.kostrabatch.jobs;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/** A tasklet step as every job's steps are built: logged, and with its progress shown while it runs. */
final class TaskletSteps {

	private TaskletSteps() {
	}

	static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StepLog stepLog, ProgressListener progress, Tasklet tasklet) {
		return new StepBuilder(name, jobRepository).listener(stepLog)
			.listener(progress)
			.tasklet(tasklet, transactionManager)
			.build();
	}

}
