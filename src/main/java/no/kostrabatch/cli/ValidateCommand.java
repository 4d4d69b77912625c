package no.kostrabatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import no.kostrabatch.input.InputFileException;
import no.kostrabatch.report.control.ControlReport;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kostra validate}: SSB's control rules on an 11F file or a CSV extract. */
@Command(name = "validate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Check an 11F file or a monthly CSV extract (detected) with SSB's 11F control rules and write "
				+ "kontrollrapport.csv and kontrollrapport.xlsx. Exit 0: no ERROR or FATAL; 1: ERROR; 2: FATAL or "
				+ "an unreadable file.")
class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE")
	Path file;

	@Option(names = "--year", paramLabel = "YYYY", description = "Reporting year (default: from the file).")
	Integer year;

	@Option(names = "--municipality", paramLabel = "NNNN", description = "Municipality (default: the file's first).")
	String municipality;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/validate",
			description = "Folder for the control report. Default: ${DEFAULT-VALUE}")
	Path out;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = this.spec.commandLine().getErr();
		if (!Files.isRegularFile(this.file) || !Files.isReadable(this.file)) {
			err.println("kostra: cannot read " + this.file + ": no such readable file.");
			return ExitCodes.FATAL;
		}
		if (this.municipality != null && !this.municipality.matches("\\d{4}")) {
			throw new ParameterException(this.spec.commandLine(), "--municipality must be four digits, e.g. 0301");
		}
		ControlReport.Result result;
		try {
			result = new ControlReport().run(this.file, (this.year != null) ? OptionalInt.of(this.year) : OptionalInt.empty(),
					this.municipality, this.out);
		}
		catch (InputFileException ex) {
			err.println("kostra: " + ex.getMessage());
			return ExitCodes.FATAL;
		}
		print(this.spec.commandLine().getOut(), result);
		return result.summary().exitCode();
	}

	private void print(PrintWriter out, ControlReport.Result result) {
		ValidationSummary s = result.summary();
		out.printf("%s (%s): %d lines, %d records, municipality %s, reporting year %d.%n", this.file.getFileName(),
				result.format() == no.kostrabatch.input.ExtractFormat.CSV ? "CSV extract, checked as 11F records"
						: "11F file",
				s.lines(), s.records(), s.municipality(), s.year());
		out.printf("Findings: %d FATAL, %d ERROR, %d WARNING.%n", s.count(Severity.FATAL), s.count(Severity.ERROR),
				s.count(Severity.WARNING));
		Map<RuleId, Long> sorted = new TreeMap<>(s.perRule());
		int shown = 0;
		for (Map.Entry<RuleId, Long> entry : sorted.entrySet()) {
			if (shown++ == 12) {
				out.printf("  … and %d more rules (see the report).%n", sorted.size() - 12);
				break;
			}
			out.printf("  %-5s %-8s %7d  %s%n", entry.getKey().number(), entry.getKey().severity(), entry.getValue(),
					entry.getKey().title());
		}
		if (result.cutAfterLine() > 0) {
			out.printf("The file seems cut after line %d: its last line ends in the middle of a record. Ask for the "
					+ "whole file again.%n", result.cutAfterLine());
		}
		String verdict = switch (s.exitCode()) {
			case 0 -> "No ERROR or FATAL: the file can be sent to SSB.";
			case 1 -> "ERROR findings: SSB will not accept the file until they are corrected.";
			default -> s.perRule().containsKey(RuleId.R000) ? "FATAL: the file is empty; SSB expects one line per recipient."
					: "FATAL findings: the file could not be checked further; correct the record length first.";
		};
		out.println(verdict);
		out.printf("Control report: %s and %s.%n", result.csv(), result.xlsx());
	}

}
