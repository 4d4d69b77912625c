package no.kostrabatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import no.kostrabatch.disclosure.DisclosureAudit;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.input.InputFileException;
import no.kostrabatch.statistics.TableCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kostra audit}: proves that a published statistics.csv reveals no suppressed count. */
@Command(name = "audit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Read DIR/statistics.csv and prove, table by table, that no suppressed cell can be worked out "
				+ "from the published numbers. Exit 0 when the audit passes, 2 when it finds a problem.")
class AuditCommand implements Callable<Integer> {

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR")
	Path dir;

	@Option(names = "--minimum-count", paramLabel = "K", defaultValue = "3",
			description = "The smallest count that may be published. Default: ${DEFAULT-VALUE}")
	int k;

	@Override
	public Integer call() throws IOException {
		if (this.k < 1) {
			throw new ParameterException(this.spec.commandLine(), "--minimum-count must be at least 1, not " + this.k);
		}
		Path file = Files.isDirectory(this.dir) ? this.dir.resolve("statistics.csv") : this.dir;
		if (!Files.isRegularFile(file)) {
			throw new InputFileException("No statistics.csv in " + this.dir);
		}
		DisclosureAudit.Report report = new DisclosureAudit(TableCatalog.load(), this.k)
			.audit(new StatisticsCsvReader().read(file));
		PrintWriter out = this.spec.commandLine().getOut();
		if (report.passed()) {
			out.printf("Audit passed: %d tables, %d suppressed cells; no suppressed cell can be worked out from %s.%n",
					report.tablesChecked(), report.suppressedCells(), file);
			return ExitCodes.OK;
		}
		out.printf("Audit FAILED: %d problem(s) in %s:%n", report.violations().size(), file);
		report.violations().stream().limit(50).forEach((v) -> out.println("  " + v));
		return ExitCodes.FINDINGS;
	}

}
