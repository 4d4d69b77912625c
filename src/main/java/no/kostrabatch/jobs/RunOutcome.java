package no.kostrabatch.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a run ended, with the figures for the run summary.
 *
 * @param succeeded whether the job completed
 * @param restarted whether this run continued a failed run of the same period
 * @param replacedRun the run number this run replaces (0 when the period was not run before)
 * @param message the one-sentence reason when it failed
 * @param notice a sentence on how this run relates to the period's last one, or empty
 * @param summary what the steps did (lines, facts, rejected, written files…)
 * @param failureKind why it failed ({@link RunFailure.Kind#FAILED} unless the failure said otherwise)
 * @param duration wall-clock time of the run
 * @param steps wall-clock time of each step, in order
 * @param outOfMemory whether it failed because the Java heap was too small
 */
public record RunOutcome(boolean succeeded, boolean restarted, long replacedRun, String message, String notice,
		RunSummary summary, RunFailure.Kind failureKind, Duration duration, Map<String, Duration> steps,
		boolean outOfMemory) {

	/** The one sentence for a run or command that ran out of Java heap. */
	public static String outOfMemoryMessage(String where) {
		return "Out of memory" + where + ": the Java heap is too small for this data; give it more, e.g. "
				+ "KOSTRA_JAVA_OPTS=-Xmx4g ./kostra … (the launcher's default is -Xmx2g).";
	}

	/**
	 * A count of the import by its name in the run summary: {@code summary.lines}, {@code summary.facts},
	 * {@code summary.rejected} or {@code summary.replaced}.
	 */
	public long count(String name) {
		RunSummary.Imports imports = this.summary.imports();
		return switch (name) {
			case "summary.lines" -> imports.lines();
			case "summary.facts" -> imports.facts();
			case "summary.rejected" -> imports.rejected();
			case "summary.replaced" -> imports.replaced();
			default -> throw new IllegalArgumentException("No count " + name + " in a run summary.");
		};
	}

	/** What each file of the run delivered and replaced (empty when the run imported nothing). */
	public List<RunDeliveries.Delivery> deliveries() {
		return this.summary.imports().deliveries();
	}

	/** Which months of each municipality's year the store covers after the run. */
	public List<RunDeliveries.Coverage> coverage() {
		return this.summary.imports().coverage();
	}

}
