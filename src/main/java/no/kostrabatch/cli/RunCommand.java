package no.kostrabatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import no.kostrabatch.jobs.JobDefinition;
import no.kostrabatch.jobs.JobFileRunner;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunParameters;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kostra run}: one job file, now. */
@Command(name = "run", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Run a job file of jobs/ now, for --period or, without it, for the job's natural period: "
				+ "the month before today (monthly jobs) or last year (annual jobs, research exports). Input globs "
				+ "are relative to the job file's folder. Reports go to reports/<job>/<period>/.")
class RunCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOBFILE")
	Path jobFile;

	@Option(names = "--period", paramLabel = "P", description = "YYYY for annual jobs and research exports, YYYY-MM for monthly jobs.")
	String period;

	@Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
			description = "Folder for reports. Default: ${DEFAULT-VALUE}")
	Path reports;

	@Override
	public Integer call() {
		JobDefinition job = JobDefinition.load(this.jobFile);
		if (this.period != null) {
			checkPeriod(job);
		}
		String p = (this.period != null) ? this.period : job.defaultPeriod(LocalDate.now());
		if (this.period == null) {
			this.spec.commandLine()
				.getOut()
				.printf("No --period given: running %s for %s, %s.%n", job.name(), p, job.defaultPeriodInWords());
			this.spec.commandLine().getOut().flush();
		}
		Path jobDir = this.jobFile.toAbsolutePath().normalize().getParent();
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			RunOutcome outcome = context.getBean(JobFileRunner.class).run(job, p, jobDir, this.reports);
			return RunPrinter.print(this.spec.commandLine().getOut(), this.spec.commandLine().getErr(),
					"job " + job.name() + " " + p, outcome, this.reports.resolve(job.name()).resolve(p));
		}
	}

	private void checkPeriod(JobDefinition job) {
		boolean monthly = job.kind() == JobDefinition.Kind.MONTHLY;
		try {
			if (monthly) {
				YearMonth.parse(this.period);
			}
			else if (!this.period.matches("\\d{4}")) {
				throw new DateTimeParseException("not a year", this.period, 0);
			}
		}
		catch (DateTimeParseException ex) {
			throw new ParameterException(this.spec.commandLine(), "--period of the " + (monthly ? "monthly" : "annual")
					+ " job " + job.name() + " must be " + (monthly ? "a month written YYYY-MM" : "a year written YYYY")
					+ ", not '" + this.period + "'");
		}
	}

}
