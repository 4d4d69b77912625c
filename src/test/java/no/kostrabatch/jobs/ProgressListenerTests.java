package no.kostrabatch.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressListenerTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(ProgressListener.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private Level level;

	private final double[] share = { 0 };

	@BeforeEach
	void listen() {
		this.level = this.logger.getLevel();
		this.logger.setLevel(Level.INFO);
		this.logged.start();
		this.logger.addAppender(this.logged);
	}

	@AfterEach
	void stopListening() {
		this.logger.detachAppender(this.logged);
		this.logger.setLevel(this.level);
	}

	@Test
	void aChunkStepLogsALineAtEveryTenthWithCountRateAndTimeLeftThenTheTotal() {
		AtomicLong nanos = new AtomicLong();
		ProgressListener listener = new ProgressListener("Importing", () -> this.share[0], nanos::get);
		StepExecution step = new StepExecution("import", new JobExecution(1L));
		ChunkContext chunk = new ChunkContext(new StepContext(step));

		listener.beforeStep(step);
		chunk(listener, chunk, step, nanos, 1_000, 0.05, 500);
		chunk(listener, chunk, step, nanos, 1_500, 0.08, 800);
		chunk(listener, chunk, step, nanos, 4_000, 0.4, 4_000);
		chunk(listener, chunk, step, nanos, 4_400, 0.44, 4_400);
		chunk(listener, chunk, step, nanos, 9_000, 0.9, 9_000);
		step.setReadCount(10_000);
		nanos.set(Duration.ofSeconds(10).toNanos());
		listener.afterStep(step);

		assertThat(messages()).containsExactly("Importing: 5 % (500 lines, 500 lines/s, about 19 s left)",
				"Importing: 40 % (4,000 lines, 1,000 lines/s, about 6 s left)",
				"Importing: 90 % (9,000 lines, 1,000 lines/s, about 1 s left)",
				"Importing: done, 10,000 lines in 10 s (1,000 lines/s)");
	}

	@Test
	void aTaskletStepIsLookedAtFromTheListenersOwnThreadWhileItRuns() throws InterruptedException {
		StepProgress progress = new StepProgress();
		progress.start(4);
		ProgressListener listener = progress.listener("Writing", "reports");
		StepExecution step = new StepExecution("write", new JobExecution(1L));

		listener.beforeStep(step);
		progress.advance();
		for (int i = 0; i < 100 && messages().isEmpty(); i++) {
			Thread.sleep(50);
		}
		progress.advance();
		progress.advance();
		progress.advance();
		listener.afterStep(step);

		List<String> messages = messages();
		assertThat(messages.get(0)).startsWith("Writing: 25 % (1 reports, ").contains(" reports/s, about ");
		assertThat(messages.get(messages.size() - 1)).startsWith("Writing: done, 4 reports in ");
	}

	@Test
	void onceAllIsCountedATaskletStepSaysEveryTenSecondsWhatItIsStillDoing() {
		AtomicLong nanos = new AtomicLong();
		long[] count = { 0 };
		ProgressListener listener = ProgressListener.polling("Aggregating", "person-months", () -> this.share[0],
				() -> count[0], "disclosure control and the derived tables", nanos::get);
		StepExecution step = new StepExecution("aggregate", new JobExecution(1L));

		poll(listener, nanos, 1_000, 0.0, 0, count);
		poll(listener, nanos, 2_000, 0.5, 50, count);
		poll(listener, nanos, 4_000, 1.0, 100, count);
		poll(listener, nanos, 9_000, 1.0, 100, count);
		poll(listener, nanos, 14_000, 1.0, 100, count);
		poll(listener, nanos, 20_000, 1.0, 100, count);
		poll(listener, nanos, 24_000, 1.0, 100, count);
		nanos.set(Duration.ofSeconds(30).toNanos());
		listener.afterStep(step);

		assertThat(messages()).containsExactly(
				"Aggregating: 50 % (50 person-months, 25 person-months/s, about 2 s left)",
				"Aggregating: 100 % (100 person-months, 25 person-months/s)",
				"Aggregating: all 100 person-months read; disclosure control and the derived tables, 10 s so far",
				"Aggregating: all 100 person-months read; disclosure control and the derived tables, 20 s so far",
				"Aggregating: done, 100 person-months in 30 s (3.3 person-months/s)");
	}

	private void poll(ProgressListener listener, AtomicLong nanos, long millis, double share, long done,
			long[] count) {
		nanos.set(Duration.ofMillis(millis).toNanos());
		this.share[0] = share;
		count[0] = done;
		listener.poll();
	}

	private void chunk(ProgressListener listener, ChunkContext chunk, StepExecution step, AtomicLong nanos,
			long millis, double share, long read) {
		nanos.set(Duration.ofMillis(millis).toNanos());
		this.share[0] = share;
		step.setReadCount(read);
		listener.afterChunk(chunk);
	}

	private List<String> messages() {
		return this.logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	@Test
	void aProgressLineGivesShareCountRateAndTimeLeftInEnglish() {
		assertThat(ProgressListener.line("Importing", 0.4, 2000, Duration.ofSeconds(2)))
			.isEqualTo("Importing: 40 % (2,000 lines, 1,000 lines/s, about 3 s left)");
		assertThat(ProgressListener.line("Importing", 0.1, 130_000, Duration.ofSeconds(20)))
			.isEqualTo("Importing: 10 % (130,000 lines, 6,500 lines/s, about 3 min 00 s left)");
		assertThat(ProgressListener.line("Importing", 0.0, 0, Duration.ZERO)).isEqualTo("Importing: 0 % (0 lines)");
		assertThat(ProgressListener.line("Importing", 0.93, 18_000, Duration.ofMillis(4483)))
			.isEqualTo("Importing: 93 % (18,000 lines, 4,015 lines/s, under 1 s left)");
		assertThat(ProgressListener.line("Importing", 1.0, 721, Duration.ofMillis(500)))
			.isEqualTo("Importing: 100 % (721 lines, 1,442 lines/s)");
		assertThat(ProgressListener.line("Writing", "reports", 0.5, 3, Duration.ofSeconds(8)))
			.isEqualTo("Writing: 50 % (3 reports, 0.4 reports/s, about 8 s left)");
	}

	@Test
	void theLastLineGivesCountTimeAndRate() {
		assertThat(ProgressListener.done("Importing", 5000, Duration.ofSeconds(5)))
			.isEqualTo("Importing: done, 5,000 lines in 5 s (1,000 lines/s)");
		assertThat(ProgressListener.done("Importing", 0, Duration.ZERO)).isEqualTo("Importing: done, 0 lines in 0 s");
		assertThat(ProgressListener.done("Writing", "reports", 6, Duration.ofSeconds(15)))
			.isEqualTo("Writing: done, 6 reports in 15 s (0.4 reports/s)");
		assertThat(ProgressListener.time(Duration.ofSeconds(3725))).isEqualTo("1 h 02 min");
	}

}
