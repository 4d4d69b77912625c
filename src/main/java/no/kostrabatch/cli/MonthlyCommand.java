package no.kostrabatch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.jobs.KostraProperties;
import no.kostrabatch.jobs.PeriodJobRunner;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunParameters;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Lang;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kostra monthly}: accumulate a month into the store and report the year to date. */
@Command(name = "monthly", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Import a month's extracts and write the controller's status for the year to date "
				+ "(internal: every number shown unless --disclosure public).")
class MonthlyCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Mixin
	MappingOption mapping = new MappingOption();

	@Mixin
	ReplaceMonthsOption replaceMonths = new ReplaceMonthsOption();

	@Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
	String period;

	@Option(names = "--input", arity = "1..*", paramLabel = "FILE", description = "Monthly CSV extracts or 11F files.")
	List<Path> inputs = new ArrayList<>();

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the reports.")
	Path out;

	@Option(names = "--disclosure", defaultValue = "internal", paramLabel = "public|internal")
	DisclosureMode disclosure;

	@Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en")
	Lang lang;

	@Override
	public Integer call() {
		try {
			YearMonth.parse(this.period);
		}
		catch (DateTimeParseException ex) {
			throw new ParameterException(this.spec.commandLine(), "--period must be a month written YYYY-MM, not '" + this.period + "'");
		}
		List<Path> files = Inputs.existing(this.inputs);
		DisclosureMode mode = this.disclosure;
		Lang language = this.lang;
		List<YearMonth> replace = this.replaceMonths.parse(this.spec.commandLine());
		this.mapping.load();
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			Inputs.checkStoreHolds(this.spec, context.getBean(FactStore.class), YearMonth.parse(this.period).getYear(), files, this.store.store);
			RunParameters parameters = RunParameters.of(this.period, files, this.out, mode, language, null,
					context.getBean(KostraProperties.class).minimumCount())
				.replacing(replace)
				.mappedBy(this.mapping.file);
			RunOutcome outcome = context.getBean(PeriodJobRunner.class).run("monthly", parameters);
			return RunPrinter.print(this.spec.commandLine().getOut(), this.spec.commandLine().getErr(),
					"monthly status " + this.period, outcome, this.out);
		}
	}

}
