package no.kostrabatch.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts job files on their cron expressions, one run at a time, until stopped or a deadline passes.
 * A run that fails is logged and the schedule goes on.
 */
public class JobScheduler {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	private final List<JobDefinition> jobs;

	private final BiConsumer<JobDefinition, String> starter;

	private final Clock clock;

	private final Waiting waiting;

	/** How the schedule waits for the next run: the thread sleeps, or a test moves its clock on. */
	@FunctionalInterface
	public interface Waiting {

		void waitFor(Duration time) throws InterruptedException;

	}

	/**
	 * A schedule on the system's time: it sleeps until a job is due.
	 * @param jobs the job files to schedule
	 * @param starter runs a job for a period
	 * @param clock the clock (the system clock in production)
	 */
	public JobScheduler(List<JobDefinition> jobs, BiConsumer<JobDefinition, String> starter, Clock clock) {
		this(jobs, starter, clock, (time) -> Thread.sleep(time.toMillis()));
	}

	/**
	 * @param jobs the job files to schedule
	 * @param starter runs a job for a period
	 * @param clock the clock the schedule reads
	 * @param waiting how it waits until {@code clock} reaches a job's time
	 */
	public JobScheduler(List<JobDefinition> jobs, BiConsumer<JobDefinition, String> starter, Clock clock,
			Waiting waiting) {
		this.jobs = List.copyOf(jobs);
		this.starter = starter;
		this.clock = clock;
		this.waiting = waiting;
	}

	/** When each job fires next after {@code after}. */
	public List<LocalDateTime> nextFireTimes(LocalDateTime after) {
		return this.jobs.stream().map((j) -> j.cron().next(after)).toList();
	}

	/** Runs the schedule until {@code deadline} (or for ever when it is {@code null}). */
	public List<String> runUntil(Instant deadline) throws InterruptedException {
		ZoneId zone = this.clock.getZone();
		List<String> started = new ArrayList<>();
		LocalDateTime cursor = LocalDateTime.now(this.clock);
		while (deadline == null || this.clock.instant().isBefore(deadline)) {
			LocalDateTime next = null;
			JobDefinition due = null;
			for (JobDefinition job : this.jobs) {
				LocalDateTime fire = job.cron().next(cursor);
				if (fire != null && (next == null || fire.isBefore(next))) {
					next = fire;
					due = job;
				}
			}
			if (due == null) {
				return started;
			}
			Instant fireAt = next.atZone(zone).toInstant();
			if (deadline != null && fireAt.isAfter(deadline)) {
				return started;
			}
			long wait = fireAt.toEpochMilli() - this.clock.millis();
			if (wait > 0) {
				this.waiting.waitFor(Duration.ofMillis(wait));
			}
			String period = due.defaultPeriod(LocalDate.from(next));
			log.info("Starting job {} for {} ({})", due.name(), period, next);
			try {
				this.starter.accept(due, period);
				started.add(due.name() + "@" + next);
			}
			catch (RuntimeException ex) {
				log.warn("Job {} for {} failed: {}", due.name(), period, ex.getMessage());
			}
			cursor = next;
		}
		return started;
	}

}
