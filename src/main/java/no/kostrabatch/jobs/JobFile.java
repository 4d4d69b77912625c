package no.kostrabatch.jobs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.YamlFiles;
import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job file as written, bound by {@link YamlFiles}: every key it may hold, with values already
 * of their types (a wrong kind, language, disclosure, output, month or cron expression is refused
 * with its line). {@link #definition} adds the defaults and the checks across keys.
 */
record JobFile(@Nullable String name, @Nullable JobDefinition.Kind kind, @Nullable List<String> inputs,
		@Nullable List<String> regions, @Nullable List<Report> outputs, @Nullable Lang language,
		@Nullable DisclosureMode disclosure, @JsonProperty("minimum-count") @Nullable Integer minimumCount,
		@JsonProperty("replace-months") @Nullable List<YearMonth> replaceMonths, @Nullable String mapping,
		@Nullable CronExpression cron) {

	/** A report file a job writes, one of {@link WriteReportsTasklet#REPORTS}. */
	record Report(String file) {

		static Report of(String file) {
			if (!WriteReportsTasklet.REPORTS.contains(file)) {
				throw new IllegalArgumentException(file);
			}
			return new Report(file);
		}

	}

	static final SimpleModule VALUES = new SimpleModule("job-file")
		.addDeserializer(JobDefinition.Kind.class,
				YamlFiles.oneOf(JobDefinition.Kind.class, JobDefinition.Kind::parse,
						List.of("monthly", "annual", "research-export")))
		.addDeserializer(Lang.class, YamlFiles.oneOf(Lang.class, Lang::parse, List.of("nb", "en")))
		.addDeserializer(DisclosureMode.class,
				YamlFiles.oneOf(DisclosureMode.class, DisclosureMode::parse, List.of("public", "internal")))
		.addDeserializer(Report.class, YamlFiles.oneOf(Report.class, Report::of, WriteReportsTasklet.REPORTS))
		.addDeserializer(YearMonth.class, YamlFiles.scalar(YearMonth.class, JobFile::month, "a month written YYYY-MM"))
		.addDeserializer(CronExpression.class, YamlFiles.scalar(CronExpression.class, JobFile::cron,
				"a cron expression (minute hour day month weekday, or second minute hour day month weekday), "
						+ "such as \"0 6 5 * *\""));

	/** The job this file describes; {@code file} names it in messages and anchors its relative paths. */
	JobDefinition definition(Path file) {
		String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
		if (this.kind == null) {
			throw new IllegalArgumentException("the key 'kind' is missing (monthly, annual or research-export)");
		}
		if (this.cron == null) {
			throw new IllegalArgumentException("the key 'cron' is missing (when the scheduler starts the job)");
		}
		Path mappingFile = null;
		if (this.mapping != null) {
			mappingFile = file.toAbsolutePath().normalize().getParent().resolve(this.mapping).normalize();
			ColumnMapping.load(mappingFile);
		}
		return new JobDefinition(Objects.requireNonNullElse(this.name, fileName), this.kind, orEmpty(this.inputs),
				orEmpty(this.regions), orEmpty(this.outputs).stream().map(Report::file).toList(),
				Objects.requireNonNullElse(this.language, Lang.NB),
				Objects.requireNonNullElse(this.disclosure, DisclosureMode.PUBLIC),
				Objects.requireNonNullElse(this.minimumCount, RunParameters.LOWEST_PUBLIC_MINIMUM_COUNT), this.cron,
				orEmpty(this.replaceMonths), mappingFile);
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** A cron expression of six fields, or of the common five (no seconds: at second 0). */
	static CronExpression cron(String text) {
		String[] fields = text.trim().split("\\s+");
		return CronExpression.parse((fields.length == 5) ? "0 " + text.trim() : text);
	}

	private static YearMonth month(String text) {
		if (!text.matches("\\d{4}-\\d{2}")) {
			throw new IllegalArgumentException(text);
		}
		try {
			return YearMonth.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(text, ex);
		}
	}

}
