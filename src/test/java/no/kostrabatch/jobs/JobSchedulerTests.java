package no.kostrabatch.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

class JobSchedulerTests {

	private static final Instant START = Instant.parse("2026-03-10T09:59:59.500Z");

	@Test
	void startsAJobOnEveryTickOfAFastCronUntilTheDeadline() throws InterruptedException {
		JobDefinition job = new JobDefinition("fast", JobDefinition.Kind.MONTHLY, List.of(), List.of(), List.of(),
				Lang.NB, DisclosureMode.INTERNAL, 3, CronExpression.parse("* * * * * *"));
		List<String> periods = new ArrayList<>();
		TestClock clock = new TestClock(START);
		JobScheduler scheduler = new JobScheduler(List.of(job), (j, period) -> periods.add(j.name() + " " + period),
				clock, clock::advance);

		List<String> started = scheduler.runUntil(START.plusMillis(2500));

		assertThat(started).containsExactly("fast@2026-03-10T10:00", "fast@2026-03-10T10:00:01",
				"fast@2026-03-10T10:00:02");
		assertThat(periods).containsOnly("fast " + job.defaultPeriod(LocalDate.of(2026, 3, 10))).hasSize(3);
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-10T10:00:02Z"));
	}

	@Test
	void aFailingJobDoesNotStopTheSchedule() throws InterruptedException {
		JobDefinition job = new JobDefinition("failing", JobDefinition.Kind.ANNUAL, List.of(), List.of(), List.of(),
				Lang.NB, DisclosureMode.PUBLIC, 3, CronExpression.parse("* * * * * *"));
		List<String> attempts = new ArrayList<>();
		TestClock clock = new TestClock(START);
		JobScheduler scheduler = new JobScheduler(List.of(job), (j, period) -> {
			attempts.add(period);
			throw new RunFailure("no input");
		}, clock, clock::advance);

		List<String> started = scheduler.runUntil(START.plusMillis(2500));

		assertThat(started).isEmpty();
		assertThat(attempts).containsExactly("2025", "2025", "2025");
	}

	/** A clock that stands still until the schedule waits, then moves on by the time it waits. */
	private static final class TestClock extends Clock {

		private Instant now;

		TestClock(Instant start) {
			this.now = start;
		}

		void advance(Duration time) {
			this.now = this.now.plus(time);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("The test clock keeps UTC.");
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
