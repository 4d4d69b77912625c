package no.kostrabatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.kostrabatch.jobs.RunDeliveries;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunSummary;

/** Prints the summary of a run in a few lines. */
final class RunPrinter {

	private RunPrinter() {
	}

	static int print(PrintWriter out, PrintWriter err, String what, RunOutcome outcome, Path outDir) {
		if (!outcome.notice().isEmpty()) {
			out.println(outcome.notice());
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
			return outcome.outOfMemory() ? ExitCodes.OUT_OF_MEMORY : Launcher.exitCode(outcome.failureKind());
		}
		RunSummary summary = outcome.summary();
		RunSummary.Imports imports = summary.imports();
		out.printf(Locale.ROOT, "%s: read %,d lines, stored %,d person-months, rejected %,d line(s)%s.%n",
				capital(what), imports.lines(), imports.facts(), imports.rejected(),
				(imports.rejected() > 0) ? " (see avvist.csv)" : "");
		printDeliveries(out, outcome);
		if (summary.findings() != null && imports.lines() == 0 && imports.deliveries().isEmpty()) {
			out.println("Control rules: no file was read in this run, so none was checked (the figures are the store's).");
		}
		else if (summary.findings() != null) {
			out.printf(Locale.ROOT, "Control rules: %,d ERROR and %,d WARNING findings (control reports in kontroll/; "
					+ "records with errors are counted, invalid codes as unknown).%n", summary.findings().errors(),
					summary.findings().warnings());
		}
		if (!summary.municipalities().isEmpty()) {
			out.printf("Municipalities: %s.%n", String.join(", ", summary.municipalities()));
		}
		if (summary.suppression() != null) {
			long cells = summary.suppression().countCells();
			long suppressed = summary.suppression().suppressed();
			out.printf(Locale.ROOT, "Disclosure control: %,d of %,d count cells suppressed (%.1f %%).%n", suppressed,
					cells, (cells == 0) ? 0.0 : 100.0 * suppressed / cells);
		}
		if (outDir != null && !summary.written().isEmpty()) {
			out.printf("Reports in %s: %s.%n", outDir, String.join(", ", summary.written()));
		}
		out.printf(Locale.ROOT, "Done in %.1f s.%n", outcome.duration().toMillis() / 1000.0);
		List<String> refused = outcome.deliveries().stream().filter(RunDeliveries.Delivery::allRejected)
			.map(RunDeliveries.Delivery::file).toList();
		if (!refused.isEmpty()) {
			err.println("kostra: Every line of " + String.join(", ", refused) + " was rejected: correct "
					+ ((refused.size() == 1) ? "the file" : "the files") + " (avvist.csv says why, line by line) "
					+ "and give " + ((refused.size() == 1) ? "it" : "them") + " again.");
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}

	/** Per file: municipality, months, person-months before and after; then the months covered. */
	static void printDeliveries(PrintWriter out, RunOutcome outcome) {
		for (RunDeliveries.Delivery d : outcome.deliveries()) {
			if (d.allRejected()) {
				out.printf(Locale.ROOT, "  %s: every one of its %,d lines was rejected; nothing of it was stored (the "
						+ "reasons are in avvist.csv).%n", d.file(), d.lines());
				continue;
			}
			out.printf(Locale.ROOT, "  %s: %s, %s: %,d person-months; these months had %,d person-months from earlier "
					+ "runs, now %,d.%n", d.file(), d.municipalities().isEmpty() ? "no municipality"
							: String.join(", ", d.municipalities()), months(d.months()), d.facts(), d.before(), d.after());
			if (d.strayRows() > 0) {
				String stray = months(d.strayMonths());
				out.printf(Locale.ROOT, "  %s: %,d row(s) of %s rejected: outside the file's period and too few to "
						+ "replace that month (--replace-months %s replaces it).%n", d.file(), d.strayRows(), stray,
						String.join(",", d.strayMonths().stream().map(YearMonth::toString).toList()));
			}
			if (d.cutAfterLine() > 0) {
				out.printf("  %s: the file seems cut after line %d (its last line ends in the middle of a record); ask "
						+ "for the whole file again.%n", d.file(), d.cutAfterLine());
			}
		}
		for (RunDeliveries.Coverage c : outcome.coverage()) {
			List<Integer> missing = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				if (!c.months().contains(m)) {
					missing.add(m);
				}
			}
			out.printf("Months covered, %s %d: %d of 12%s.%n", c.municipality(), c.year(), c.months().size(),
					missing.isEmpty() ? "" : " (missing: " + months(missing.stream().map((m) -> YearMonth.of(c.year(), m))
						.toList()) + ")");
		}
	}

	/** Months as ranges: "2025-01–2025-03, 2025-05". */
	static String months(List<YearMonth> months) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			int j = i;
			while (j + 1 < months.size() && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
				j++;
			}
			parts.add((j == i) ? months.get(i).toString() : months.get(i) + "–" + months.get(j));
			i = j;
		}
		return parts.isEmpty() ? "no months" : String.join(", ", parts);
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
