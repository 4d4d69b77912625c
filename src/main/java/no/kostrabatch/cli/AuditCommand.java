package no.kostrabatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kostra audit}: not yet available in this version. */
@Command(name = "audit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Prove that no suppressed cell of a statistics.csv can be worked out. (Not yet available in this version.)")
class AuditCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", hidden = true)
	List<String> ignored;

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("'kostra audit' is not yet available in this version");
	}

}
