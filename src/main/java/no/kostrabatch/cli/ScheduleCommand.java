package no.kostrabatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import no.kostrabatch.jobs.JobDefinition;
import no.kostrabatch.jobs.JobFileRunner;
import no.kostrabatch.jobs.JobScheduler;
import no.kostrabatch.jobs.RunOutcome;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kostra schedule}: a daemon that starts the job files on their cron expressions. */
@Command(name = "schedule", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Run as a daemon: start each job of --jobs on its cron expression (stop with Ctrl-C).")
class ScheduleCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", description = "Default: ${DEFAULT-VALUE}")
	Path jobs;

	@Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports")
	Path reports;

	@Override
	public Integer call() throws IOException, InterruptedException {
		List<JobDefinition> definitions;
		if (!Files.isDirectory(this.jobs)) {
			throw new ParameterException(this.spec.commandLine(), "--jobs " + this.jobs + " is not a folder");
		}
		try (Stream<Path> files = Files.list(this.jobs)) {
			definitions = files.filter((f) -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
				.sorted()
				.map(JobDefinition::load)
				.toList();
		}
		if (definitions.isEmpty()) {
			throw new ParameterException(this.spec.commandLine(), "No job files (*.yml) in " + this.jobs);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			JobFileRunner runner = context.getBean(JobFileRunner.class);
			JobScheduler scheduler = new JobScheduler(definitions, (job, period) -> {
				out.printf("%s: starting %s for %s%n", LocalDateTime.now().withNano(0), job.name(), period);
				out.flush();
				RunOutcome outcome = runner.run(job, period, this.jobs.toAbsolutePath().normalize(), this.reports);
				RunPrinter.print(out, this.spec.commandLine().getErr(), "job " + job.name() + " " + period, outcome,
						this.reports.resolve(job.name()).resolve(period));
				out.flush();
			}, Clock.systemDefaultZone());
			List<LocalDateTime> next = scheduler.nextFireTimes(LocalDateTime.now());
			for (int i = 0; i < definitions.size(); i++) {
				out.printf("%-24s next run %s%n", definitions.get(i).name(), next.get(i));
			}
			out.flush();
			scheduler.runUntil(null);
		}
		return ExitCodes.OK;
	}

}
