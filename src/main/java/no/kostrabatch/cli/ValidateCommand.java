package no.kostrabatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.InputFileException;
import no.kostrabatch.input.Municipalities;
import no.kostrabatch.report.control.ControlReport;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;

import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kostra validate}: SSB's control rules on an 11F file or a CSV extract. */
@Command(name = "validate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Check an 11F file or a monthly CSV extract (detected) with SSB's 11F control rules and write "
				+ "kontrollrapport.csv and kontrollrapport.xlsx (always, FATAL findings included). Exit codes as SSB's "
				+ "control program: 0 no findings; 1 WARNING only; 2 ERROR or FATAL (or a file that cannot be read); "
				+ "3 the command failed; 64 wrong use.")
class ValidateCommand implements Callable<Integer> {

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Mixin
	MappingOption mapping = new MappingOption();

	@Parameters(index = "0", paramLabel = "FILE")
	Path file;

	@Option(names = "--year", paramLabel = "YYYY", description = "Reporting year (default: from the file).")
	Integer year;

	@Option(names = "--municipality", paramLabel = "NNNN", description = "Municipality (default: the file's first).")
	String municipality;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/validate",
			description = "Folder for the control report. Default: ${DEFAULT-VALUE}")
	Path out;

	@Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en",
			description = "Language of the control report's own words (default nb); SSB's messages stay as SSB words them.")
	Lang lang;

	@Nullable
	private ColumnMapping columns;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = this.spec.commandLine().getErr();
		if (!Files.isRegularFile(this.file) || !Files.isReadable(this.file)) {
			err.println("kostra: cannot read " + this.file + ": no such readable file.");
			return ExitCodes.FINDINGS;
		}
		if (this.municipality != null && !this.municipality.matches("\\d{4}")) {
			throw new ParameterException(this.spec.commandLine(), "--municipality must be four digits, e.g. 0301");
		}
		if (this.year != null) {
			Inputs.checkYear(this.spec, "--year", this.year);
		}
		this.columns = this.mapping.load();
		ControlReport.Result result;
		try {
			result = new ControlReport(this.columns, () -> {
			}, this.lang).run(this.file, (this.year != null) ? OptionalInt.of(this.year) : OptionalInt.empty(),
					this.municipality, this.out);
		}
		catch (InputFileException ex) {
			err.println("kostra: " + ex.getMessage());
			return ExitCodes.FINDINGS;
		}
		print(this.spec.commandLine().getOut(), result);
		return result.summary().exitCode();
	}

	/** What SSB's own control program will report on this file, given where we deviate from it on purpose. */
	static String whatSsbWillSay(ValidationSummary s) {
		StringBuilder text = new StringBuilder("SSB's control program should report the same findings");
		java.util.List<String> except = new java.util.ArrayList<>();
		if (s.year() >= 2025 && !Municipalities.OSLO.equals(s.municipality())) {
			except.add("an ERROR 002 'BYDELSNR mangler obligatorisk verdi' on every record (its file description "
					+ "wants the district that its Kontroll 03 forbids outside Oslo; ask SSB to accept it)");
		}
		if (s.year() <= 2024) {
			except.add("for anyone born in 1900–" + (java.time.Year.now().getValue() + 1 - 100)
					+ ", whose birth year its 2024 release reads as 20xx from today's date: WARNING 06 instead of 07, "
					+ "and ERROR 22 with alderspensjon");
		}
		if (s.byteOrderMark()) {
			except.add("FATAL 001 on line 1, which begins with a byte order mark (save the file without one)");
		}
		if (s.lines() > s.records()) {
			except.add("line numbers that do not count the empty lines");
		}
		if (except.isEmpty()) {
			return text.append(": the file can be sent to SSB.").toString();
		}
		return text.append(", except ").append(String.join("; ", except)).append('.').toString();
	}

	/**
	 * When a CSV extract gave no record for the --year asked for, because its rows are for another
	 * year: the sentence saying so, else {@code null}.
	 */
	private String otherYear(ControlReport.Result result) {
		if (this.year == null || result.format() != no.kostrabatch.input.ExtractFormat.CSV
				|| result.summary().records() > 0) {
			return null;
		}
		OptionalInt fileYear = Inputs.reportingYear(this.file, this.columns);
		if (fileYear.isEmpty() || fileYear.getAsInt() == this.year) {
			return null;
		}
		return "FATAL: the rows of " + this.file.getFileName() + " are for " + fileYear.getAsInt() + ", none for "
				+ this.year + "; run with --year " + fileYear.getAsInt() + " (or without --year: the year is read "
				+ "from the file).";
	}

	private void print(PrintWriter out, ControlReport.Result result) {
		ValidationSummary s = result.summary();
		String municipality = (s.municipality() == null || s.municipality().isBlank()) ? "none"
				: s.municipality();
		out.printf("%s (%s): %d lines, %d records, municipality %s, reporting year %d.%n", this.file.getFileName(),
				result.format() == no.kostrabatch.input.ExtractFormat.CSV ? "CSV extract, checked as 11F records"
						: "11F file",
				s.lines(), s.records(), municipality, s.year());
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
			case 0 -> "No findings.";
			case 1 -> "WARNING findings only: SSB accepts the file, but check each warning.";
			default -> (s.count(Severity.FATAL) == 0)
					? "ERROR findings: SSB will not accept the file until they are corrected."
					: (s.perRule().containsKey(RuleId.R000) && otherYear(result) != null) ? otherYear(result)
					: s.perRule().containsKey(RuleId.R000) ? "FATAL: the file is empty; SSB expects one line per recipient."
							: "FATAL findings: the file could not be checked further; correct the record length first.";
		};
		out.println(verdict);
		if (s.exitCode() < 2 && result.format() == no.kostrabatch.input.ExtractFormat.ELEVEN_F) {
			out.println(whatSsbWillSay(s));
		}
		out.printf("Control report: %s and %s.%n", result.csv(), result.xlsx());
	}

}
