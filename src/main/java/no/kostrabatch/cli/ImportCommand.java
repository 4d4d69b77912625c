package no.kostrabatch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.jobs.PeriodJobRunner;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunParameters;
import no.kostrabatch.statistics.Lang;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kostra import}: files into the store; the files of one import add up and replace earlier runs' months. */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Import 11F files or CSV extracts (detected) into the store. The files of one import add up "
				+ "(e.g. one per NAV office); together they replace what earlier runs delivered for the same "
				+ "municipality and months. Unreadable lines go to avvist.csv in --rejects.")
class ImportCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Mixin
	MappingOption mapping = new MappingOption();

	@Mixin
	ReplaceMonthsOption replaceMonths = new ReplaceMonthsOption();

	@Parameters(arity = "1..*", paramLabel = "FILE")
	List<Path> files;

	@Option(names = "--rejects", paramLabel = "DIR", defaultValue = "reports/import",
			description = "Folder for avvist.csv. Default: ${DEFAULT-VALUE}")
	Path rejects;

	@Override
	public Integer call() {
		List<Path> inputs = Inputs.existing(this.files);
		List<YearMonth> replace = this.replaceMonths.parse(this.spec.commandLine());
		this.mapping.load();
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			String run = "import " + java.time.LocalDateTime.now().withNano(0);
			RunParameters parameters = RunParameters.of(run, inputs, this.rejects, DisclosureMode.INTERNAL, Lang.NB,
					null, 3)
				.replacing(replace)
				.mappedBy(this.mapping.file);
			RunOutcome outcome = context.getBean(PeriodJobRunner.class).run("import", parameters);
			return RunPrinter.print(this.spec.commandLine().getOut(), this.spec.commandLine().getErr(), "import",
					outcome, this.rejects);
		}
	}

}
