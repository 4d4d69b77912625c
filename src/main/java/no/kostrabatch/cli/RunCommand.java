package no.kostrabatch.cli;

import java.nio.file.Path;
import java.time.LocalDate;
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
		description = "Run a job file of jobs/ now, for --period or for the period just ended. Reports go to "
				+ "reports/<job>/<period>/.")
class RunCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "JOBFILE")
	Path jobFile;

	@Option(names = "--period", paramLabel = "P", description = "YYYY for annual jobs, YYYY-MM for monthly jobs.")
	String period;

	@Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
			description = "Folder for reports. Default: ${DEFAULT-VALUE}")
	Path reports;

	@Override
	public Integer call() {
		JobDefinition job = JobDefinition.load(this.jobFile);
		if (this.period != null && !RunParameters.isPeriod(this.period)) {
			throw new ParameterException(this.spec.commandLine(),
					"--period must be a year (YYYY) or a month (YYYY-MM), not '" + this.period + "'");
		}
		String p = (this.period != null) ? this.period : job.defaultPeriod(LocalDate.now());
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			RunOutcome outcome = context.getBean(JobFileRunner.class).run(job, p, Path.of(""), this.reports);
			return RunPrinter.print(this.spec.commandLine().getOut(), this.spec.commandLine().getErr(),
					"job " + job.name() + " " + p, outcome, this.reports.resolve(job.name()).resolve(p));
		}
	}

}
