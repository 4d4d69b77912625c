package no.kostrabatch.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.YamlFileException;
import no.kostrabatch.input.YamlFiles;
import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job file in {@code jobs/}: what to run, on which files (with which column mapping), for which
 * regions, into which outputs, and when (a cron expression: {@code minute hour day month weekday}, or with {@code second} first).
 *
 * @param name the job's name, also its output folder under {@code reports/}
 * @param kind monthly, annual or research-export
 * @param inputs file globs, relative to the job file's folder
 * @param regions municipalities to report on (empty: all that the inputs deliver)
 * @param outputs the report files to write (empty: all of the kind)
 * @param lang report language
 * @param disclosure public or internal
 * @param minimumCount smallest published count in public mode
 * @param cron when the scheduler starts it
 * @param replaceMonths months the inputs may replace although few of their rows lie there
 * @param mapping the municipality's column mapping file (absolute), or {@code null}
 */
public record JobDefinition(String name, Kind kind, List<String> inputs, List<String> regions, List<String> outputs,
		Lang lang, DisclosureMode disclosure, int minimumCount, CronExpression cron, List<YearMonth> replaceMonths,
		@Nullable Path mapping) {

	/** The kinds of job. */
	public enum Kind {

		MONTHLY("monthly"), ANNUAL("annual"), RESEARCH_EXPORT("annual");

		private final String jobName;

		Kind(String jobName) {
			this.jobName = jobName;
		}

		/** The Spring Batch job that runs this kind. */
		public String jobName() {
			return this.jobName;
		}

		static Kind parse(String text) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "monthly" -> MONTHLY;
				case "annual" -> ANNUAL;
				case "research-export", "research_export", "research" -> RESEARCH_EXPORT;
				default -> throw new IllegalArgumentException(
						"unknown kind '" + text + "' (use monthly, annual or research-export)");
			};
		}

	}

	public JobDefinition {
		inputs = List.copyOf(inputs);
		regions = List.copyOf(regions);
		outputs = List.copyOf(outputs);
		replaceMonths = List.copyOf(replaceMonths);
		for (String output : outputs) {
			if (output.contains("/") || output.contains("\\") || output.startsWith(".")) {
				throw new IllegalArgumentException("output '" + output + "' must be a plain file name");
			}
		}
		if (disclosure == DisclosureMode.PUBLIC && minimumCount < RunParameters.LOWEST_PUBLIC_MINIMUM_COUNT) {
			throw new IllegalArgumentException("minimum-count: " + RunParameters.publicMinimumCountMessage(minimumCount));
		}
		if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
			throw new IllegalArgumentException("name '" + name + "' may hold only letters, digits, '.', '_' and '-'");
		}
	}

	/** A job without months to replace and without a column mapping. */
	public JobDefinition(String name, Kind kind, List<String> inputs, List<String> regions, List<String> outputs,
			Lang lang, DisclosureMode disclosure, int minimumCount, CronExpression cron) {
		this(name, kind, inputs, regions, outputs, lang, disclosure, minimumCount, cron, List.of(), null);
	}

	/**
	 * The period a run started on {@code today} reports on: the month before for monthly jobs, the
	 * year before for annual jobs and research exports.
	 */
	public String defaultPeriod(LocalDate today) {
		return (this.kind == Kind.MONTHLY) ? YearMonth.from(today).minusMonths(1).toString()
				: String.valueOf(today.getYear() - 1);
	}

	/** The period {@link #defaultPeriod} means, in words: "the month before today" or "last year". */
	public String defaultPeriodInWords() {
		return (this.kind == Kind.MONTHLY) ? "the month before today" : "last year";
	}

	/**
	 * Reads and checks a job file (Jackson YAML, see {@link JobFile}); a mistake gives one sentence
	 * naming the file, the line and the key (a {@link RunFailure.Kind#USAGE} failure). A
	 * {@code mapping} is resolved against the job file's folder and read too.
	 */
	public static JobDefinition load(Path file) {
		try {
			return YamlFiles.read(file, "job file", JobFile.class, JobFile.VALUES).definition(file);
		}
		catch (YamlFileException ex) {
			throw RunFailure.usage(ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw RunFailure.usage("The job file " + file + " is wrong: " + ex.getMessage() + ".");
		}
	}

}
