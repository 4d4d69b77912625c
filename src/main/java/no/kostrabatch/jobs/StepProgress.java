package no.kostrabatch.jobs;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a tasklet step has come: what it has done of what it has to do. The tasklet (a step-scoped
 * bean) counts, and the step's {@link ProgressListener} reads from its own thread, so the counters
 * live here, outside the step scope.
 */
final class StepProgress {

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong total = new AtomicLong();

	/** Starts counting again, towards {@code toDo}. */
	void start(long toDo) {
		this.done.set(0);
		this.total.set(toDo);
	}

	void advance() {
		this.done.incrementAndGet();
	}

	/** Done so far. */
	long done() {
		return this.done.get();
	}

	/** The step's listener that shows this progress as {@code label}, counting {@code unit}. */
	ProgressListener listener(String label, String unit) {
		return ProgressListener.polling(label, unit, this::share, this::done);
	}

	/** As {@link #listener(String, String)}, saying what the step does once all is counted. */
	ProgressListener listener(String label, String unit, String finishing) {
		return ProgressListener.polling(label, unit, this::share, this::done, finishing);
	}

	/** Share done, 0..1. */
	double share() {
		long toDo = this.total.get();
		return (toDo == 0) ? 0 : Math.min(1.0, (double) this.done.get() / toDo);
	}

}
