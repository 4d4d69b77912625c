package no.kostrabatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kostra generate}: a deterministic synthetic extract for one municipality and year. */
@Command(name = "generate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Write a synthetic, seeded extract (monthly CSV or 11F) for testing. Fødselsnummer are "
				+ "synthetic (month + 80) with valid check digits; no real person is in it.")
class GenerateCommand implements Callable<Integer> {

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Option(names = "--municipality", required = true, paramLabel = "NNNN")
	String municipality;

	@Option(names = "--year", required = true, paramLabel = "YYYY")
	int year;

	@Option(names = "--recipients", required = true, paramLabel = "N")
	int recipients;

	@Option(names = "--format", required = true, paramLabel = "11f|csv")
	String format;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "S")
	long seed;

	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;

	@Override
	public Integer call() throws IOException {
		if (!this.municipality.matches("\\d{4}")) {
			throw new ParameterException(this.spec.commandLine(), "--municipality must be four digits, e.g. 0301");
		}
		Inputs.checkYear(this.spec, "--year", this.year);
		Inputs.checkOutputFile(this.spec, this.out);
		if (this.recipients < 1) {
			throw new ParameterException(this.spec.commandLine(), "--recipients must be at least 1");
		}
		SampleFormat sampleFormat = switch (this.format.toLowerCase(java.util.Locale.ROOT)) {
			case "11f" -> SampleFormat.ELEVEN_F;
			case "csv" -> SampleFormat.CSV;
			default -> throw new ParameterException(this.spec.commandLine(), "--format must be 11f or csv, not '" + this.format + "'");
		};
		new SampleGenerator(this.seed).write(this.municipality, this.year, this.recipients, sampleFormat, this.out);
		this.spec.commandLine().getOut().printf("Wrote %s (%d recipients, %s, %d, seed %d).%n", this.out,
				this.recipients, this.format, this.year, this.seed);
		return ExitCodes.OK;
	}

}
