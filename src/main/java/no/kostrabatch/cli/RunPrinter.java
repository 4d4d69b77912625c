package no.kostrabatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import no.kostrabatch.jobs.RunOutcome;

/** Prints the summary of a run in a few lines. */
final class RunPrinter {

	private RunPrinter() {
	}

	static int print(PrintWriter out, PrintWriter err, String what, RunOutcome outcome, Path outDir) {
		if (!outcome.text("summary.notice").isEmpty()) {
			out.println(outcome.text("summary.notice"));
		}
		else if (outcome.restarted()) {
			out.printf("Continued the run of %s that had stopped.%n", what);
		}
		else if (outcome.replacedRun() > 0) {
			out.printf("%s was run before (run %d); this run replaces its output.%n", capital(what),
					outcome.replacedRun());
		}
		if (!outcome.succeeded()) {
			err.println("kostra: " + outcome.message());
			return outcome.outOfMemory() ? ExitCodes.OUT_OF_MEMORY : ExitCodes.FAILED;
		}
		out.printf(Locale.ROOT, "%s: read %,d lines, stored %,d person-months, rejected %,d line(s)%s.%n",
				capital(what), outcome.count("summary.lines"), outcome.count("summary.facts"),
				outcome.count("summary.rejected"), (outcome.count("summary.rejected") > 0) ? " (see avvist.csv)" : "");
		if (outcome.summary().containsKey("summary.errors")) {
			out.printf(Locale.ROOT, "Control rules: %,d ERROR and %,d WARNING findings (control reports in kontroll/; "
					+ "records with errors are counted, invalid codes as unknown).%n", outcome.count("summary.errors"),
					outcome.count("summary.warnings"));
		}
		if (!outcome.text("summary.municipalities").isEmpty()) {
			out.printf("Municipalities: %s.%n", outcome.text("summary.municipalities").replace(",", ", "));
		}
		if (outcome.summary().containsKey("summary.countCells")) {
			long cells = outcome.count("summary.countCells");
			long suppressed = outcome.count("summary.suppressed");
			out.printf(Locale.ROOT, "Disclosure control: %,d of %,d count cells suppressed (%.1f %%).%n", suppressed,
					cells, (cells == 0) ? 0.0 : 100.0 * suppressed / cells);
		}
		if (outDir != null && !outcome.text("summary.written").isEmpty()) {
			out.printf("Reports in %s: %s.%n", outDir, outcome.text("summary.written").replace(",", ", "));
		}
		out.printf(Locale.ROOT, "Done in %.1f s.%n", outcome.duration().toMillis() / 1000.0);
		return ExitCodes.OK;
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
