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
 * @param summary counts and names from the job's context (lines, facts, rejected, written files…)
 * @param duration wall-clock time of the run
 * @param steps wall-clock time of each step, in order
 * @param outOfMemory whether it failed because the Java heap was too small
 */
public record RunOutcome(boolean succeeded, boolean restarted, long replacedRun, String message,
		Map<String, Object> summary, Duration duration, Map<String, Duration> steps, boolean outOfMemory) {

	public RunOutcome(boolean succeeded, boolean restarted, long replacedRun, String message,
			Map<String, Object> summary, Duration duration, Map<String, Duration> steps) {
		this(succeeded, restarted, replacedRun, message, summary, duration, steps, false);
	}

	/** The one sentence for a run or command that ran out of Java heap. */
	public static String outOfMemoryMessage(String where) {
		return "Out of memory" + where + ": the Java heap is too small for this data; give it more, e.g. "
				+ "KOSTRA_JAVA_OPTS=-Xmx4g ./kostra … (the launcher's default is -Xmx2g).";
	}

	/** The summary key of the {@link RunFailure.Kind} of a failed run. */
	public static final String FAILURE_KIND = "failure.kind";

	/** Why a failed run failed ({@link RunFailure.Kind#FAILED} unless the failure said otherwise). */
	public RunFailure.Kind failureKind() {
		Object kind = this.summary.get(FAILURE_KIND);
		return (kind != null) ? RunFailure.Kind.valueOf(kind.toString()) : RunFailure.Kind.FAILED;
	}

	public long count(String key) {
		Object value = this.summary.get(key);
		return (value instanceof Number n) ? n.longValue() : 0;
	}

	/** What each file of the run delivered and replaced (empty when the run imported nothing). */
	public List<RunDeliveries.Delivery> deliveries() {
		return RunDeliveries.deliveries(text("summary.deliveries"));
	}

	/** Which months of each municipality's year the store covers after the run. */
	public List<RunDeliveries.Coverage> coverage() {
		return RunDeliveries.coverage(text("summary.coverage"));
	}

	public String text(String key) {
		Object value = this.summary.get(key);
		return (value != null) ? value.toString() : "";
	}

}
