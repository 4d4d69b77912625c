package no.kostrabatch.jobs;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.lang.Nullable;

/**
 * Shows the progress of a long step with its count, rate and time left: a bar on a terminal, and a
 * plain line in the log at every tenth ("Importing: 40 % (2,000 lines, 1,000 lines/s, about 3 s left)").
 * A chunk step reports after every chunk; a tasklet step, which has no chunks, is looked at every
 * half second from a thread of the listener's own ({@link #polling}).
 */
class ProgressListener implements ChunkListener, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	private static final int WIDTH = 30;

	private static final long POLL_MILLIS = 500;

	private static final Duration FINISHING_EVERY = Duration.ofSeconds(10);

	private final String label;

	private final DoubleSupplier progress;

	private final LongSupplier clock;

	private final String unit;

	@Nullable
	private final LongSupplier count;

	private final String finishing;

	@Nullable
	private ScheduledExecutorService poller;

	private final boolean terminal = System.console() != null && !"true".equals(System.getenv("CI"));

	private long started;

	private int lastLoggedTenth = -1;

	private int lastPercent = -1;

	private int lastWidth;

	private long fullSince = -1;

	private long lastFinishing;

	ProgressListener(String label, DoubleSupplier progress) {
		this(label, progress, System::nanoTime);
	}

	ProgressListener(String label, DoubleSupplier progress, LongSupplier clock) {
		this(label, "lines", progress, clock, null, "finishing");
	}

	private ProgressListener(String label, String unit, DoubleSupplier progress, LongSupplier clock,
			@Nullable LongSupplier count, String finishing) {
		this.label = label;
		this.finishing = finishing;
		this.unit = unit;
		this.progress = progress;
		this.clock = clock;
		this.count = count;
		this.started = clock.getAsLong();
	}

	/**
	 * For a tasklet step: the share done and the count done so far (of {@code unit}, e.g. "lines"),
	 * looked at every half second.
	 */
	static ProgressListener polling(String label, String unit, DoubleSupplier progress, LongSupplier count) {
		return polling(label, unit, progress, count, "finishing");
	}

	/**
	 * As {@link #polling(String, String, DoubleSupplier, LongSupplier)}; once all is counted and the
	 * step still runs, a line every 10 s says so and what it is doing, {@code finishing} ("disclosure
	 * control and the derived tables").
	 */
	static ProgressListener polling(String label, String unit, DoubleSupplier progress, LongSupplier count,
			String finishing) {
		return polling(label, unit, progress, count, finishing, System::nanoTime);
	}

	static ProgressListener polling(String label, String unit, DoubleSupplier progress, LongSupplier count,
			String finishing, LongSupplier clock) {
		return new ProgressListener(label, unit, progress, clock, count, finishing);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.started = this.clock.getAsLong();
		this.lastLoggedTenth = -1;
		this.lastPercent = -1;
		this.fullSince = -1;
		if (this.count != null) {
			this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "progress-" + this.label);
				thread.setDaemon(true);
				return thread;
			});
			this.poller.scheduleAtFixedRate(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	/** One look at a tasklet step's progress (from the poller's thread). */
	void poll() {
		long items = (this.count != null) ? this.count.getAsLong() : 0;
		if (items <= 0) {
			return;
		}
		double share = this.progress.getAsDouble();
		report(share, items);
		if (share >= 1) {
			finishing(items);
		}
	}

	private synchronized void finishing(long items) {
		long now = this.clock.getAsLong();
		if (this.fullSince < 0) {
			this.fullSince = now;
			this.lastFinishing = now;
			return;
		}
		if (now - this.lastFinishing >= FINISHING_EVERY.toNanos()) {
			this.lastFinishing = now;
			String text = finishingLine(this.label, this.unit, items, this.finishing,
					Duration.ofNanos(now - this.fullSince));
			if (this.terminal) {
				String bar = "\r" + text;
				System.err.print(bar + " ".repeat(Math.max(0, this.lastWidth - bar.length())));
				System.err.flush();
				this.lastWidth = bar.length();
			}
			log.info(text);
		}
	}

	/** E.g. "Aggregating: all 5,000 person-months read; disclosure control and the derived tables, 20 s so far". */
	static String finishingLine(String label, String unit, long items, String what, Duration since) {
		return label + ": all " + count(items) + " " + unit + " read; " + what + ", " + time(since) + " so far";
	}

	@Override
	public void afterChunk(ChunkContext context) {
		report(this.progress.getAsDouble(), context.getStepContext().getStepExecution().getReadCount());
	}

	private synchronized void report(double share, long items) {
		Duration elapsed = Duration.ofNanos(this.clock.getAsLong() - this.started);
		int percent = (int) Math.floor(share * 100);
		if (this.terminal && percent != this.lastPercent) {
			int filled = (int) Math.round(Math.min(1, share) * WIDTH);
			String bar = "\r" + this.label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
					+ line(this.label, this.unit, share, items, elapsed).substring(this.label.length() + 2);
			System.err.print(bar + " ".repeat(Math.max(0, this.lastWidth - bar.length())));
			System.err.flush();
			this.lastWidth = bar.length();
			this.lastPercent = percent;
		}
		int tenth = (int) Math.floor(share * 10);
		if (tenth != this.lastLoggedTenth) {
			log.info(line(this.label, this.unit, share, items, elapsed));
			this.lastLoggedTenth = tenth;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.poller != null) {
			this.poller.shutdownNow();
			try {
				this.poller.awaitTermination(1, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.poller = null;
		}
		synchronized (this) {
			if (this.terminal && this.lastPercent >= 0) {
				System.err.print("\r" + " ".repeat(this.lastWidth) + "\r");
				System.err.flush();
			}
			long items = (this.count != null) ? this.count.getAsLong() : stepExecution.getReadCount();
			log.info(done(this.label, this.unit, items, Duration.ofNanos(this.clock.getAsLong() - this.started)));
		}
		return null;
	}

	/** E.g. "Importing: 40 % (2,000 lines, 1,000 lines/s, about 3 s left)". */
	static String line(String label, double share, long items, Duration elapsed) {
		return line(label, "lines", share, items, elapsed);
	}

	/** As {@link #line(String, double, long, Duration)}, counting {@code unit} instead of lines. */
	static String line(String label, String unit, double share, long items, Duration elapsed) {
		int percent = (int) Math.floor(share * 100);
		StringBuilder text = new StringBuilder(label).append(": ").append(percent).append(" % (")
			.append(count(items)).append(' ').append(unit);
		double seconds = elapsed.toNanos() / 1e9;
		if (seconds > 0 && items > 0) {
			text.append(", ").append(rate(items, seconds)).append(' ').append(unit).append("/s");
			if (share > 0 && share < 1) {
				Duration left = Duration.ofNanos(Math.round(elapsed.toNanos() * (1 - share) / share));
				text.append((left.toMillis() < 500) ? ", under 1 s left" : ", about " + time(left) + " left");
			}
		}
		return text.append(')').toString();
	}

	/** E.g. "Importing: done, 5,000 lines in 5 s (1,000 lines/s)". */
	static String done(String label, long items, Duration elapsed) {
		return done(label, "lines", items, elapsed);
	}

	/** As {@link #done(String, long, Duration)}, counting {@code unit} instead of lines. */
	static String done(String label, String unit, long items, Duration elapsed) {
		double seconds = elapsed.toNanos() / 1e9;
		String rate = (seconds > 0) ? " (" + rate(items, seconds) + " " + unit + "/s)" : "";
		return label + ": done, " + count(items) + " " + unit + " in " + time(elapsed) + rate;
	}

	/** "0 s", "12 s", "3 min 05 s", "1 h 02 min". */
	static String time(Duration duration) {
		long seconds = Math.round(duration.toMillis() / 1000.0);
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
	}

	/** Whole numbers from 10 a second up, one decimal below ("0.4 reports/s", never "0 reports/s"). */
	private static String rate(long items, double seconds) {
		double rate = items / seconds;
		return (rate >= 10 || rate == 0) ? count(Math.round(rate)) : String.format(Locale.ROOT, "%.1f", rate);
	}

	private static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

}
