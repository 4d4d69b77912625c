package no.kostrabatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.Municipalities;
import no.kostrabatch.jobs.KostraProperties;
import no.kostrabatch.jobs.PeriodJobRunner;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunParameters;
import no.kostrabatch.report.pdf.StatusReports;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.sample.SampleSet;
import no.kostrabatch.statistics.Lang;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kostra demo}: generates the sample data if missing and runs the annual job for the four
 * sample cities: 2024 from the 11F files, 2025 from the monthly CSV extracts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Run the annual job on the sample data (generated into sample-data/generated if missing) "
				+ "for Oslo, Bergen, Trondheim and Stavanger, and print where the reports are.")
class DemoCommand implements Callable<Integer> {

	static final long SEED = 20250101L;

	static final int YEAR = 2025;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Option(names = "--samples", paramLabel = "DIR", defaultValue = "sample-data/generated",
			description = "Folder of the sample data. Default: ${DEFAULT-VALUE}")
	Path samples;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/demo/2025",
			description = "Folder for the reports. Default: ${DEFAULT-VALUE}")
	Path out;

	@Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en")
	Lang lang;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		SampleSet set = sampleSet(out);
		List<Path> inputs = new ArrayList<>(set.elevenF(YEAR - 1));
		inputs.addAll(set.csvFiles(YEAR));
		try (ConfigurableApplicationContext context = Store.open(this.store)) {
			RunParameters parameters = RunParameters.of(String.valueOf(YEAR), inputs, this.out, DisclosureMode.PUBLIC,
					this.lang, set.population(), context.getBean(KostraProperties.class).minimumCount());
			out.printf("Running the annual job for %d on %d sample files (%d from 11F, %d monthly CSV extracts)...%n",
					YEAR, inputs.size(), set.elevenF(YEAR - 1).size(), set.csvFiles(YEAR).size());
			out.flush();
			RunOutcome outcome = context.getBean(PeriodJobRunner.class).run("annual", parameters);
			int code = RunPrinter.print(out, this.spec.commandLine().getErr(), "annual statistics " + YEAR, outcome,
					this.out);
			if (code == ExitCodes.OK) {
				out.printf("Open %s to read Oslo's status report, and %s for the four cities side by side.%n",
						this.out.resolve(StatusReports.cityFile(Municipalities.OSLO)), this.out.resolve(StatusReports.COMPARISON));
			}
			return code;
		}
	}

	private SampleSet sampleSet(PrintWriter out) throws IOException {
		Path marker = this.samples.resolve(".complete");
		SampleGenerator generator = new SampleGenerator(SEED);
		if (Files.exists(marker)) {
			return generator.describeSampleSet(this.samples);
		}
		out.printf("Generating sample data into %s (seed %d)...%n", this.samples, SEED);
		out.flush();
		SampleSet set = generator.writeSampleSet(this.samples);
		Files.writeString(marker, "seed " + SEED + "\n");
		return set;
	}

}
