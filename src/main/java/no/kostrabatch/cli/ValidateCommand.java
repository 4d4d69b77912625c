package no.kostrabatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kostra validate}: not yet available in this version. */
@Command(name = "validate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Check an 11F file or CSV extract with SSB's control rules (kontrollrapport). (Not yet available in this version.)")
class ValidateCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", hidden = true)
	List<String> ignored;

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("'kostra validate' is not yet available in this version");
	}

}
