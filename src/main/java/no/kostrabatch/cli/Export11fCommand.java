package no.kostrabatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kostra export-11f}: not yet available in this version. */
@Command(name = "export-11f", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Write the 11F file of a year from monthly CSV extracts. (Not yet available in this version.)")
class Export11fCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", hidden = true)
	List<String> ignored;

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("'kostra export-11f' is not yet available in this version");
	}

}
