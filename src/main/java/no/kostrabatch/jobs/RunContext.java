package no.kostrabatch.jobs;

import java.util.List;
import java.util.function.UnaryOperator;

import no.kostrabatch.staging.internal.ExtractItemReader;

import org.springframework.batch.item.ExecutionContext;

/**
 * The job's context as the steps share it: the {@link RunSummary} the steps fill in, and the imports
 * the import step started. The one class that knows the keys.
 */
final class RunContext {

	private static final String SUMMARY = "run.summary";

	private RunContext() {
	}

	static RunSummary summary(ExecutionContext job) {
		RunSummary summary = job.get(SUMMARY, RunSummary.class);
		return (summary != null) ? summary : RunSummary.EMPTY;
	}

	/** Replaces the summary with what {@code change} makes of it. */
	static void update(ExecutionContext job, UnaryOperator<RunSummary> change) {
		job.put(SUMMARY, change.apply(summary(job)));
	}

	/** The imports the run's import step started, in file order (none for a run without files). */
	static List<Long> importIds(ExecutionContext job) {
		return ExtractItemReader.importIds(job);
	}

	/** The key under which the import step hands its imports on to the job (promoted from the step). */
	static String importIdsKey() {
		return ExtractItemReader.IMPORT_IDS;
	}

}
