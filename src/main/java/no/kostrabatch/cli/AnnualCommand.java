package no.kostrabatch.cli;

import java.nio.file.Path;
import java.time.YearMonth;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kostra annual}: import, statistics and every report for a year in one go. */
@Command(name = "annual", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Import files (11F or CSV) and write statistics.csv, tabeller.xlsx, a statusrapport-NNNN.pdf per "
				+ "municipality and, for several, sammenligning.pdf for a year. Files of earlier years give the comparison "
				+ "and time series.")
class AnnualCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Mixin
	MappingOption mapping = new MappingOption();

	@Mixin
	ReplaceMonthsOption replaceMonths = new ReplaceMonthsOption();

	@Option(names = "--year", required = true, paramLabel = "YYYY", description = "Reporting year.")
	int year;

	@Option(names = "--input", arity = "1..*", paramLabel = "FILE",
			description = "11F files or monthly CSV extracts (any years; without: report on the store).")
	List<Path> inputs = new ArrayList<>();

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the reports.")
	Path out;

	@Option(names = "--population", paramLabel = "FILE", description = "Population file (KOMMUNE_NR;AAR;ALDER;KJONN;ANTALL).")
	Path population;

	@Option(names = "--disclosure", defaultValue = "public", paramLabel = "public|internal",
			description = "public suppresses small counts (default); internal shows every number.")
	DisclosureMode disclosure;

	@Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en", description = "Report language (default nb).")
	Lang lang;

	@Option(names = "--compare", arity = "1..*", paramLabel = "STATISTICS_CSV",
			description = "Published statistics.csv of other municipalities to compare with.")
	List<Path> compare = new ArrayList<>();

	@Override
	public Integer call() {
		Inputs.checkYear(this.spec, "--year", this.year);
		List<Path> files = Inputs.existing(this.inputs);
		Inputs.existing(this.compare);
		if (this.population != null) {
			Inputs.existing(List.of(this.population));
		}
		DisclosureMode mode = this.disclosure;
		Lang language = this.lang;
		List<YearMonth> replace = this.replaceMonths.parse(this.spec.commandLine());
		this.mapping.load();
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			Inputs.checkStoreHolds(this.spec, context.getBean(FactStore.class), this.year, files, this.store.store);
			RunParameters parameters = RunParameters.of(String.valueOf(this.year), files, this.out, mode, language,
					this.population, context.getBean(KostraProperties.class).minimumCount())
				.comparedWith(Inputs.existing(this.compare))
				.replacing(replace)
				.mappedBy(this.mapping.file);
			RunOutcome outcome = context.getBean(PeriodJobRunner.class).run("annual", parameters);
			return RunPrinter.print(this.spec.commandLine().getOut(), this.spec.commandLine().getErr(),
					"annual statistics " + this.year, outcome, this.out);
		}
	}

}
