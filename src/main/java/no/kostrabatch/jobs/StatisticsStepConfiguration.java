package no.kostrabatch.jobs;

import java.nio.file.Path;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.StatisticsPipeline;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.transaction.PlatformTransactionManager;

/** The aggregate step: the {@link StatisticsPipeline} over the run's municipalities, its job parameters injected. */
@Configuration(proxyBeanMethods = false)
class StatisticsStepConfiguration {

	@Bean
	StatisticsPipeline statisticsPipeline(FactStore facts, TableCatalog catalog, KostraProperties properties,
			Regions regions) {
		return new StatisticsPipeline(facts, catalog, new StatisticsSettings(properties.longTermThreshold()), regions);
	}

	@Bean
	@StepScope
	AggregateTasklet aggregateTasklet(@Value("#{jobParameters['" + RunParameters.PERIOD + "']}") String period,
			@Value("#{jobParameters['" + RunParameters.REGIONS + "']}") @Nullable String regions,
			@Value("#{jobParameters['" + RunParameters.POPULATION + "']}") @Nullable String population,
			@Value("#{jobParameters['" + RunParameters.DISCLOSURE + "']}") String disclosure,
			@Value("#{jobParameters['" + RunParameters.MINIMUM_COUNT + "']}") Long minimumCount,
			@Value("#{jobParameters['" + RunParameters.COMPARE + "']}") @Nullable String compare, FactStore facts,
			Regions regionList, StatisticsPipeline pipeline, ResultStore results, TableCatalog catalog) {
		AggregateTasklet.Parameters parameters = new AggregateTasklet.Parameters(Period.parse(period),
				RunParameters.listOf(regions), (population != null) ? Path.of(population) : null,
				DisclosureMode.valueOf(disclosure), minimumCount.intValue(),
				RunParameters.listOf(compare).stream().map(Path::of).toList());
		return new AggregateTasklet(parameters, new RunMunicipalities(facts, regionList), pipeline, results, catalog);
	}

	@Bean
	Step aggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog,
			StatisticsPipeline pipeline, AggregateTasklet aggregateTasklet) {
		return TaskletSteps.step("aggregate", jobRepository, transactionManager, stepLog,
				ProgressListener.polling("Aggregating", "person-months", pipeline::progress, pipeline::factsRead,
						"disclosure control and the derived tables"),
				aggregateTasklet);
	}

}
