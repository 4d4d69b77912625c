package no.kostrabatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kostra bench}: not yet available in this version. */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Measure throughput on generated data. (Not yet available in this version.)")
class BenchCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", hidden = true)
	List<String> ignored;

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("'kostra bench' is not yet available in this version");
	}

}
