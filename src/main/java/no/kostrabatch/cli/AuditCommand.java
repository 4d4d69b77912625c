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

/**
 * {@code kostra audit}: attacks a published statistics.csv with everything it publishes together and
 * fails when a suppressed count has a single feasible value (or a count of 1..k−1 is published).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Read DIR/statistics.csv and, from all its published numbers together (all tables, regions, key "
				+ "figures and periods, linked as docs/SECURITY.md says), work out the range of every suppressed count. "
				+ "Exit 0 when no suppressed count has a single value, 2 when one has (each is named).")
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
		out.printf("Count cells: %d in %d tables; suppressed: %d (information loss %.1f %%).%n", report.countCells(),
				report.tablesChecked(), report.suppressedCells(), 100.0 * report.informationLoss());
		out.printf("Suppressed counts with a range narrower than %d: %d; smallest range: %s.%n", this.k,
				report.narrowerThanK(), (report.smallestRange() < 0) ? "none under " + this.k : report.smallestRange());
		if (report.withoutRange() > 0) {
			if (DisclosureAudit.solvesLargeComponents()) {
				out.printf("%d suppressed counts are in components of more than %d unknowns (a city's districts): "
						+ "checked for a single value with a sparse linear programme (CLP), but no range is computed.%n",
						report.withoutRange(), DisclosureAudit.LARGE_COMPONENT);
			}
			else {
				out.printf("%d suppressed counts are in components of more than %d unknowns (a city's districts), "
						+ "checked by propagation and the equations only, so a count pinned by several equations "
						+ "together is not found there (the sparse linear programme runs on Linux and Windows, x86-64, "
						+ "unless -Dkostra.large-lp=false is given).%n",
						report.withoutRange(), DisclosureAudit.LARGE_COMPONENT);
			}
		}
		out.printf("Time: %.1f s.%n", report.millis() / 1000.0);
		if (report.passed()) {
			out.printf("Audit passed: no suppressed count of %s has a single feasible value.%n", file);
			return ExitCodes.OK;
		}
		out.printf("Audit FAILED: %d count(s) of %s can be worked out:%n", report.violations().size(), file);
		report.violations().stream().limit(200).forEach((v) -> out.println("  " + v));
		if (report.violations().size() > 200) {
			out.printf("  … and %d more.%n", report.violations().size() - 200);
		}
		return ExitCodes.FINDINGS;
	}

}
