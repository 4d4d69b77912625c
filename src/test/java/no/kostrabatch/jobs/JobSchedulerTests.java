package no.kostrabatch.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

class JobSchedulerTests {

	@Test
	void startsAJobOnEveryTickOfAFastCronUntilTheDeadline() throws InterruptedException {
		JobDefinition job = new JobDefinition("fast", JobDefinition.Kind.MONTHLY, List.of(), List.of(), List.of(),
				Lang.NB, DisclosureMode.INTERNAL, 3, CronExpression.parse("* * * * * *"));
		List<String> periods = new ArrayList<>();
		JobScheduler scheduler = new JobScheduler(List.of(job), (j, period) -> periods.add(j.name() + " " + period),
				Clock.systemDefaultZone());

		List<String> started = scheduler.runUntil(Instant.now().plusMillis(2500));

		assertThat(started).hasSizeBetween(2, 3);
		assertThat(periods).hasSameSizeAs(started);
		assertThat(periods).allMatch((p) -> p.equals("fast " + job.defaultPeriod(LocalDate.now())));
	}

	@Test
	void aFailingJobDoesNotStopTheSchedule() throws InterruptedException {
		JobDefinition job = new JobDefinition("failing", JobDefinition.Kind.ANNUAL, List.of(), List.of(), List.of(),
				Lang.NB, DisclosureMode.PUBLIC, 3, CronExpression.parse("* * * * * *"));
		List<String> attempts = new ArrayList<>();
		JobScheduler scheduler = new JobScheduler(List.of(job), (j, period) -> {
			attempts.add(period);
			throw new RunFailure("no input");
		}, Clock.systemDefaultZone());

		List<String> started = scheduler.runUntil(Instant.now().plusMillis(2500));

		assertThat(started).isEmpty();
		assertThat(attempts).hasSizeBetween(2, 3);
	}

}
