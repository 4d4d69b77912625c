package no.kostrabatch.jobs;

import java.nio.file.Path;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.transaction.PlatformTransactionManager;

/** The steps that write a run's files: the reports ({@code write}) and an import's rejected lines ({@code rejects}). */
@Configuration(proxyBeanMethods = false)
class ReportStepConfiguration {

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
	StepProgress writeProgress() {
		return new StepProgress();
	}

	@Bean
	@StepScope
	WriteReportsTasklet writeTasklet(@Value("#{jobParameters['" + RunParameters.OUT + "']}") String out,
			@Value("#{jobParameters['" + RunParameters.PERIOD + "']}") String period,
			@Value("#{jobParameters['" + RunParameters.DISCLOSURE + "']}") String disclosure,
			@Value("#{jobParameters['" + RunParameters.LANG + "']}") String lang,
			@Value("#{jobParameters['" + RunParameters.OUTPUTS + "']}") @Nullable String outputs, FactStore facts,
			ResultStore results, TableCatalog catalog, Regions regions, StepProgress writeProgress) {
		WriteReportsTasklet.Parameters parameters = new WriteReportsTasklet.Parameters(Path.of(out), period,
				DisclosureMode.valueOf(disclosure), Lang.valueOf(lang), RunParameters.listOf(outputs));
		return new WriteReportsTasklet(parameters, facts, results, catalog, regions, writeProgress);
	}

	@Bean
	Step writeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog,
			WriteReportsTasklet writeTasklet, StepProgress writeProgress) {
		return TaskletSteps.step("write", jobRepository, transactionManager, stepLog,
				writeProgress.listener("Writing", "reports"), writeTasklet);
	}

}
