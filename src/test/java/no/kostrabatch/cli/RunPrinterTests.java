package no.kostrabatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.kostrabatch.jobs.RunFailure;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunPrinterTests {

	@Test
	void aRunOnTheStoreAloneDoesNotPointToControlReportsItDidNotWrite() {
		RunSummary summary = new RunSummary(RunSummary.Imports.NONE, new RunSummary.Findings(0, 0), List.of("0301"), null,
				List.of("tabeller.xlsx"));
		String printed = print(summary);

		assertThat(printed.lines().toList()).containsExactly(
				"Monthly status 2025-03: read 0 lines, stored 0 person-months, rejected 0 line(s).",
				"Control rules: no file was read in this run, so none was checked (the figures are the store's).",
				"Municipalities: 0301.", "Reports in out: tabeller.xlsx.", "Done in 2.0 s.");
	}

	@Test
	void aRunThatReadFilesCountsTheirFindings() {
		RunSummary summary = new RunSummary(new RunSummary.Imports(10, 9, 0, 0, List.of(), List.of()),
				new RunSummary.Findings(1, 2), List.of("0301"), null, List.of());
		assertThat(print(summary)).contains("Control rules: 1 ERROR and 2 WARNING findings (control reports in kontroll/; "
				+ "records with errors are counted, invalid codes as unknown).");
	}

	private static String print(RunSummary summary) {
		RunOutcome outcome = new RunOutcome(true, false, 0, "", "", summary, RunFailure.Kind.FAILED,
				Duration.ofSeconds(2), Map.of(), false);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		RunPrinter.print(new PrintWriter(out, true), new PrintWriter(err, true), "monthly status 2025-03", outcome,
				Path.of("out"));
		assertThat(err.toString()).isEmpty();
		return out.toString().replace(System.lineSeparator(), "\n");
	}

}
