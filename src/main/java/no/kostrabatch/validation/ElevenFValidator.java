package no.kostrabatch.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.validation.rules.Rule000SkalLevereFiluttrekk;
import no.kostrabatch.validation.rules.Rule001Recordlengde;

/**
 * Checks an 11F file with SSB's rules, streaming it twice: first the structural rules (000: the file
 * must have content; 001: every line has the layout's length and no TAB), which stop everything when
 * they find something; then every record rule on every record, and the duplicate rules across the
 * file. Line numbers are physical (1-based); blank lines are skipped, as SSB does.
 */
public final class ElevenFValidator {

	private final Runnable lineRead;

	/** A validator. */
	public ElevenFValidator() {
		this(() -> {
		});
	}

	/** A validator that tells {@code lineRead} of every line its two passes read (for progress). */
	public ElevenFValidator(Runnable lineRead) {
		this.lineRead = lineRead;
	}

	/**
	 * @param file the 11F file
	 * @param year the reporting year, or empty to take it from VERSION / the line length
	 * @param municipality the municipality, or {@code null} to take KOMMUNE_NR of the first record
	 * @param sink receives every finding in file order (duplicates last)
	 */
	public ValidationSummary validate(Path file, OptionalInt year, String municipality, Consumer<Finding> sink)
			throws IOException {
		Charset charset = ExtractReaders.charsetOf(file);
		return validate(() -> Files.newBufferedReader(file, charset), year, municipality, sink);
	}

	/** The lines of an 11F file, opened once per pass (the file may be held sealed, see ControlReport). */
	@FunctionalInterface
	public interface LineSource {

		BufferedReader open() throws IOException;

	}

	/** As {@link #validate(Path, OptionalInt, String, Consumer)}, on lines from {@code file}. */
	public ValidationSummary validate(LineSource file, OptionalInt year, String municipality, Consumer<Finding> sink)
			throws IOException {
		ValidationSummary summary = new ValidationSummary();
		Consumer<Finding> counted = (finding) -> {
			summary.count(finding);
			sink.accept(finding);
		};
		String first = firstLine(file, summary);
		if (first == null) {
			summary.scope(year.orElse(0), (municipality != null) ? municipality : "");
			new Rule000SkalLevereFiluttrekk().check(summary.lines(), 0).forEach(counted);
			return summary;
		}
		int reportingYear = year.orElseGet(() -> yearOf(first, layout(first, year)));
		ElevenFLayout layout = ElevenFLayout.forYear(reportingYear);
		String expected = (municipality != null) ? municipality : municipalityOf(file, first);
		summary.scope(reportingYear, expected);
		if (structural(file, layout, counted, summary) > 0) {
			return summary;
		}
		RuleSet rules = RuleSet.forYear(reportingYear);
		List<FileRule> fileRules = rules.newFileRules();
		ValidationContext context = new ValidationContext(reportingYear, expected);
		try (BufferedReader reader = file.open()) {
			long number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				this.lineRead.run();
				if (line.isEmpty()) {
					continue;
				}
				ElevenFRecord record = new ElevenFRecord(layout, number, stripBom(line, number));
				for (ValidationRule rule : rules.recordRules()) {
					rule.check(record, context).forEach(counted);
				}
				fileRules.forEach((rule) -> rule.accept(record));
			}
		}
		fileRules.forEach((rule) -> rule.findings().forEach(counted));
		return summary;
	}

	private long structural(LineSource file, ElevenFLayout layout, Consumer<Finding> sink,
			ValidationSummary summary) throws IOException {
		Rule001Recordlengde rule = new Rule001Recordlengde();
		long fatal = 0;
		long lines = 0;
		long records = 0;
		try (BufferedReader reader = file.open()) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines++;
				this.lineRead.run();
				if (line.isEmpty()) {
					continue;
				}
				records++;
				List<Finding> findings = rule.check(lines, stripBom(line, lines), layout);
				fatal += findings.size();
				findings.forEach(sink);
			}
		}
		summary.lines(lines, records);
		return fatal;
	}

	private static ElevenFLayout layout(String first, OptionalInt year) {
		if (year.isPresent()) {
			return ElevenFLayout.forYear(year.getAsInt());
		}
		return ElevenFLayout.forLineLength(first.length()).orElse(ElevenFLayout.forYear(ElevenFLayout.YEARS.get(ElevenFLayout.YEARS.size() - 1)));
	}

	private static int yearOf(String first, ElevenFLayout layout) {
		if (first.length() >= 6 && first.substring(4, 6).matches("\\d{2}")) {
			int year = 2000 + Integer.parseInt(first.substring(4, 6));
			if (ElevenFLayout.forYear(year).length() == layout.length()) {
				return year;
			}
		}
		return layout.year();
	}

	private static String firstLine(LineSource file, ValidationSummary summary) throws IOException {
		long lines = 0;
		try (BufferedReader reader = file.open()) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines++;
				if (lines == 1) {
					summary.byteOrderMark(line.startsWith("\uFEFF"));
				}
				if (!line.isEmpty()) {
					return stripBom(line, lines);
				}
			}
		}
		summary.lines(lines, 0);
		return null;
	}

	/** KOMMUNE_NR of the first record that has four digits there (so that one bad record does not decide). */
	private static String municipalityOf(LineSource file, String first) throws IOException {
		try (BufferedReader reader = file.open()) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Optional<String> number = ElevenFLayout.municipalityNumber(line);
				if (number.isPresent()) {
					return number.get();
				}
			}
		}
		return first.substring(0, Math.min(4, first.length()));
	}

	private static String stripBom(String line, long number) {
		return (number == 1 && line.startsWith("\uFEFF")) ? line.substring(1) : line;
	}
}
