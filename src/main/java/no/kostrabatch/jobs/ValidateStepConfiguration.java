package no.kostrabatch.jobs;

import java.nio.file.Path;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.transaction.PlatformTransactionManager;

/** The validate step: SSB's control rules on every input file, its job parameters injected. */
@Configuration(proxyBeanMethods = false)
class ValidateStepConfiguration {

	@Bean
	StepProgress validateProgress() {
		return new StepProgress();
	}

	@Bean
	@StepScope
	ValidateTasklet validateTasklet(@Value("#{jobParameters['" + RunParameters.MANIFEST + "']}") String manifest,
			@Value("#{jobParameters['" + RunParameters.OUT + "']}") String out,
			@Value("#{jobParameters['" + RunParameters.DISCLOSURE + "']}") String disclosure,
			@Value("#{jobParameters['" + RunParameters.MAPPING + "']}") @Nullable String mapping,
			@Value("#{jobParameters['" + RunParameters.LANG + "']}") String lang, StepProgress validateProgress) {
		return new ValidateTasklet(RunParameters.inputsOf(manifest), Path.of(out), DisclosureMode.valueOf(disclosure),
				(mapping != null) ? Path.of(mapping) : null, Lang.valueOf(lang), validateProgress);
	}

	@Bean
	Step validateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog,
			ValidateTasklet validateTasklet, StepProgress validateProgress) {
		return TaskletSteps.step("validate", jobRepository, transactionManager, stepLog,
				validateProgress.listener("Validating", "lines", "SSB's rules on the 11F records derived from them"),
				validateTasklet);
	}

}
