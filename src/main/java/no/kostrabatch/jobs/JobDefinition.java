package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A job file in {@code jobs/}: what to run, on which files, for which regions, into which outputs,
 * and when (a Spring cron expression with seconds: {@code second minute hour day month weekday}).
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
 */
public record JobDefinition(String name, Kind kind, List<String> inputs, List<String> regions, List<String> outputs,
		Lang lang, DisclosureMode disclosure, int minimumCount, CronExpression cron) {

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
	 * Reads and checks a job file; a mistake gives one sentence naming the file and the field (a
	 * {@link RunFailure.Kind#USAGE} failure).
	 */
	@SuppressWarnings("unchecked")
	public static JobDefinition load(Path file) {
		Map<String, Object> yaml;
		try (InputStream in = Files.newInputStream(file)) {
			yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw RunFailure.usage("Cannot read the job file " + file + ".");
		}
		catch (RuntimeException ex) {
			throw RunFailure.usage("The job file " + file + " is not valid YAML.");
		}
		if (yaml == null) {
			throw RunFailure.usage("The job file " + file + " is empty.");
		}
		try {
			String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
			return new JobDefinition(String.valueOf(yaml.getOrDefault("name", fileName)),
					Kind.parse(required(yaml, "kind")), strings(yaml.get("inputs")), strings(yaml.get("regions")),
					strings(yaml.get("outputs")), Lang.parse(String.valueOf(yaml.getOrDefault("language", "nb"))),
					DisclosureMode.parse(String.valueOf(yaml.getOrDefault("disclosure", "public"))),
					integer(yaml, "minimum-count", RunParameters.LOWEST_PUBLIC_MINIMUM_COUNT), CronExpression.parse(required(yaml, "cron")));
		}
		catch (RuntimeException ex) {
			throw RunFailure.usage("The job file " + file + " is wrong: " + ex.getMessage() + ".");
		}
	}

	private static int integer(Map<String, Object> yaml, String key, int defaultValue) {
		Object value = yaml.getOrDefault(key, defaultValue);
		if (value instanceof Integer number) {
			return number;
		}
		throw new IllegalArgumentException("'" + key + "' must be a whole number, not '" + value + "'");
	}

	private static String required(Map<String, Object> yaml, String key) {
		Object value = yaml.get(key);
		if (value == null) {
			throw new IllegalArgumentException("'" + key + "' is missing");
		}
		return value.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(value.toString());
	}

}
