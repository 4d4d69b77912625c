package no.kostrabatch.jobs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Collectors;

import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.internal.ExtractItemReader;
import no.kostrabatch.staging.internal.FactItemWriter;
import no.kostrabatch.staging.internal.ImportItem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.transaction.PlatformTransactionManager;

/** The import steps shared by the jobs: read the input files into the store, then publish them. */
@Configuration(proxyBeanMethods = false)
class ImportStepConfiguration {

	static final int CHUNK_SIZE = 2000;

	private static final Logger LOGGER = LoggerFactory.getLogger(ImportStepConfiguration.class);

	@Bean
	@StepScope
	ExtractItemReader importReader(@Value("#{jobParameters['" + RunParameters.MANIFEST + "']}") String manifest,
			@Value("#{jobParameters['" + RunParameters.MAPPING + "']}") @Nullable String mapping, Pseudonymiser pseudonymiser,
			FactStore store) {
		return new ExtractItemReader(RunParameters.inputsOf(manifest), pseudonymiser,
				RunParameters.mappingOf((mapping != null) ? Path.of(mapping) : null), store);
	}

	@Bean
	@StepScope
	FactItemWriter importWriter(FactStore store) {
		return new FactItemWriter(store);
	}

	@Bean
	Step importStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog,
			ExtractItemReader importReader, FactItemWriter importWriter) {
		ProgressListener progress = new ProgressListener("Importing", importReader::progress);
		ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
		promotion.setKeys(new String[] { RunContext.importIdsKey() });
		promotion.setStrict(false);
		return new StepBuilder("import", jobRepository).listener(stepLog).<ImportItem, ImportItem>chunk(CHUNK_SIZE, transactionManager)
			.reader(importReader)
			.writer(importWriter)
			.listener(promotion)
			.listener((ChunkListener) progress)
			.listener((StepExecutionListener) progress)
			.build();
	}

	@Bean
	@StepScope
	FinishImportTasklet finishImportTasklet(
			@Value("#{jobParameters['" + RunParameters.REPLACE_MONTHS + "']}") @Nullable String replaceMonths,
			FactStore store) {
		return new FinishImportTasklet(store,
				RunParameters.listOf(replaceMonths).stream().map(YearMonth::parse).collect(Collectors.toSet()));
	}

	/**
	 * Publishes the run's imports; once that is committed, the store file's free space is given back
	 * ({@link FactStore#compactFile()}), so importing the same file again leaves it no bigger.
	 */
	@Bean
	Step finishImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, StepLog stepLog,
			FinishImportTasklet finishImportTasklet, FactStore store) {
		StepExecutionListener compact = new StepExecutionListener() {
			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
					try {
						store.compactFile();
					}
					catch (RuntimeException ex) {
						LOGGER.warn("The store file could not be compacted ({}); it is compacted when it closes.",
								ex.getClass().getSimpleName());
					}
				}
				return null;
			}
		};
		return new StepBuilder("finishImport", jobRepository).listener(stepLog)
			.listener(compact)
			.tasklet(finishImportTasklet, transactionManager)
			.build();
	}

}
