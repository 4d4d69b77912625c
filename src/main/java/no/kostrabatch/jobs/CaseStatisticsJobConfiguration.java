package no.kostrabatch.jobs;

import java.nio.file.Path;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The jobs, as sequences of steps: {@code annual} (period {@code YYYY}) and {@code monthly} (period
 * {@code YYYY-MM}, year to date) run validate → import → publish → aggregate → write; {@code import}
 * only imports.
 */
@Configuration(proxyBeanMethods = false)
class CaseStatisticsJobConfiguration {

	static final String ANNUAL = "annual";

	static final String MONTHLY = "monthly";

	static final String IMPORT = "import";

	@Bean
	Job annualJob(JobRepository jobRepository, Step validateStep, Step importStep, Step finishImportStep,
			Step aggregateStep, Step writeStep) {
		return statisticsJob(ANNUAL, jobRepository, validateStep, importStep, finishImportStep, aggregateStep,
				writeStep);
	}

	@Bean
	Job monthlyJob(JobRepository jobRepository, Step validateStep, Step importStep, Step finishImportStep,
			Step aggregateStep, Step writeStep) {
		return statisticsJob(MONTHLY, jobRepository, validateStep, importStep, finishImportStep, aggregateStep,
				writeStep);
	}

	/** Both statistics jobs are the same steps; the period (year or month) makes the difference. */
	private static Job statisticsJob(String name, JobRepository jobRepository, Step... steps) {
		var builder = new JobBuilder(name, jobRepository).start(steps[0]);
		for (int i = 1; i < steps.length; i++) {
			builder = builder.next(steps[i]);
		}
		return builder.build();
	}

	@Bean
	Job importJob(JobRepository jobRepository, Step importStep, Step finishImportStep, Step rejectsStep) {
		return new JobBuilder(IMPORT, jobRepository).start(importStep).next(finishImportStep).next(rejectsStep).build();
	}

	@Bean
	Step validateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog) {
		ValidateTasklet validate = new ValidateTasklet();
		return new StepBuilder("validate", jobRepository).listener(stepLog)
			.listener(ProgressListener.polling("Validating", "lines", validate::progress, validate::linesRead))
			.tasklet(validate, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	RejectsTasklet rejectsTasklet(@Value("#{jobParameters['" + RunParameters.OUT + "']}") String out,
			@Value("#{jobParameters['" + RunParameters.DISCLOSURE + "']}") String disclosure, FactStore facts) {
		return new RejectsTasklet(facts, Path.of(out), DisclosureMode.valueOf(disclosure));
	}

	@Bean
	Step rejectsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog,
			RejectsTasklet rejectsTasklet) {
		return new StepBuilder("rejects", jobRepository).listener(stepLog).tasklet(rejectsTasklet, transactionManager)
			.build();
	}

	@Bean
	Step writeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog, FactStore facts,
			ResultStore results, TableCatalog catalog, Regions regions) {
		WriteReportsTasklet write = new WriteReportsTasklet(facts, results, catalog, regions);
		return new StepBuilder("write", jobRepository).listener(stepLog)
			.listener(ProgressListener.polling("Writing", "reports", write::progress, write::reportsWritten))
			.tasklet(write, transactionManager)
			.build();
	}

}
