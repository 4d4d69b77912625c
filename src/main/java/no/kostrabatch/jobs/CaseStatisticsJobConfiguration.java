package no.kostrabatch.jobs;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

}
