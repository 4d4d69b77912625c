package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.YamlFileException;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Period;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.lang.Nullable;

/**
 * What a run is asked to do. The period identifies the run (with a run number that goes up when a
 * finished period is run again); the rest are non-identifying parameters. The input files are
 * listed in a manifest in the output folder, since a job parameter holds only 2 500 characters.
 *
 * @param period {@code YYYY} or {@code YYYY-MM}
 * @param inputs the files to import (may be empty: report on what the store holds)
 * @param out the output folder
 * @param disclosure public or internal
 * @param lang report language
 * @param population a population file, or {@code null}
 * @param minimumCount the smallest published count in public mode
 * @param regions municipalities to report on (empty: those the inputs deliver)
 * @param outputs report files to write (empty: all)
 * @param compare other municipalities' published statistics.csv to compare with
 * @param replaceMonths months a file may replace although few of its rows lie there (stray rows)
 * @param mapping the municipality's column mapping file for the CSV extracts, or {@code null}
 */
public record RunParameters(String period, List<Path> inputs, Path out, DisclosureMode disclosure, Lang lang,
		@Nullable Path population, int minimumCount, List<String> regions, List<String> outputs, List<Path> compare,
		List<YearMonth> replaceMonths, @Nullable Path mapping) {

	static final String PERIOD = "period";

	static final String RUN = "run";

	static final String MANIFEST = "inputs.manifest";

	/** The run's list of input paths in its staging folder, deleted when the run is published. */
	static final String INPUT_LIST = ".inputs.txt";

	static final String OUT = "out";

	static final String DISCLOSURE = "disclosure";

	static final String LANG = "lang";

	static final String POPULATION = "population";

	static final String MINIMUM_COUNT = "minimum.count";

	static final String REGIONS = "regions";

	static final String OUTPUTS = "outputs";

	static final String COMPARE = "compare";

	/**
	 * The smallest minimum count a public output may have: SSB suppresses counts below 3, and a
	 * count of 1 or 2 lets the persons counted (or one of two) be recognised (statistikkloven § 7).
	 */
	public static final int LOWEST_PUBLIC_MINIMUM_COUNT = 3;

	static final String REPLACE_MONTHS = "replace.months";

	static final String FINGERPRINT = "inputs.fingerprint";

	static final String MAPPING = "mapping";

	public RunParameters {
		if (disclosure == DisclosureMode.PUBLIC && minimumCount < LOWEST_PUBLIC_MINIMUM_COUNT) {
			throw RunFailure.usage(publicMinimumCountMessage(minimumCount));
		}
		inputs = List.copyOf(inputs);
		regions = List.copyOf(regions);
		outputs = List.copyOf(outputs);
		compare = List.copyOf(compare);
		replaceMonths = List.copyOf(replaceMonths);
	}

	/** Parameters without months to replace beyond the files' own periods. */
	public RunParameters(String period, List<Path> inputs, Path out, DisclosureMode disclosure, Lang lang,
			Path population, int minimumCount, List<String> regions, List<String> outputs, List<Path> compare) {
		this(period, inputs, out, disclosure, lang, population, minimumCount, regions, outputs, compare, List.of(),
				null);
	}

	/** The same run, letting the files replace these months too (see {@code --replace-months}). */
	public RunParameters replacing(List<YearMonth> months) {
		return new RunParameters(this.period, this.inputs, this.out, this.disclosure, this.lang, this.population,
				this.minimumCount, this.regions, this.outputs, this.compare, months, this.mapping);
	}

	/**
	 * The same run, reading the CSV extracts with the column mapping in {@code file} (see
	 * {@code --mapping}; {@code null} for none).
	 */
	public RunParameters mappedBy(@Nullable Path file) {
		return new RunParameters(this.period, this.inputs, this.out, this.disclosure, this.lang, this.population,
				this.minimumCount, this.regions, this.outputs, this.compare, this.replaceMonths, file);
	}

	/** Why a public output cannot have {@code minimumCount}, in one sentence. */
	static String publicMinimumCountMessage(int minimumCount) {
		return "a public output needs a minimum count of at least " + LOWEST_PUBLIC_MINIMUM_COUNT + ", not "
				+ minimumCount + " (SSB suppresses counts below " + LOWEST_PUBLIC_MINIMUM_COUNT
				+ "; a smaller count can identify a person); use disclosure internal for a report that shows every number";
	}

	/** Whether {@code text} is a period: {@code YYYY} or {@code YYYY-MM}, nothing else. */
	public static boolean isPeriod(String text) {
		return Period.isPeriod(text);
	}

	/** Parameters for a run with every output and no region filter. */
	public static RunParameters of(String period, List<Path> inputs, Path out, DisclosureMode disclosure, Lang lang,
			Path population, int minimumCount) {
		return new RunParameters(period, inputs, out, disclosure, lang, population, minimumCount, List.of(), List.of(),
				List.of());
	}

	/** The same run, also comparing with the published figures in {@code files}. */
	public RunParameters comparedWith(List<Path> files) {
		return new RunParameters(this.period, this.inputs, this.out, this.disclosure, this.lang, this.population,
				this.minimumCount, this.regions, this.outputs, files, this.replaceMonths, this.mapping);
	}

	/**
	 * A hash of everything a run depends on besides the store: each input's path, size and
	 * modification time, every option, and the column mapping's path and content. A failed run is continued only by a run with the same
	 * fingerprint.
	 */
	String fingerprint() {
		StringBuilder text = new StringBuilder();
		for (Path input : this.inputs) {
			Path file = input.toAbsolutePath().normalize();
			text.append("input=").append(file).append('|');
			try {
				text.append(Files.size(file)).append('|').append(Files.getLastModifiedTime(file).toMillis());
			}
			catch (IOException ex) {
				text.append("missing");
			}
			text.append('\n');
		}
		text.append(this.out.toAbsolutePath().normalize())
			.append('|')
			.append(this.disclosure)
			.append('|')
			.append(this.lang)
			.append('|')
			.append((this.population != null) ? this.population.toAbsolutePath().normalize() : "")
			.append('|')
			.append(this.minimumCount)
			.append('|')
			.append(this.regions)
			.append('|')
			.append(this.outputs)
			.append('|')
			.append(this.compare.stream().map((p) -> p.toAbsolutePath().normalize().toString()).toList())
			.append('|')
			.append(this.replaceMonths)
			.append('|')
			.append(mappingFingerprint());
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String mappingFingerprint() {
		if (this.mapping == null) {
			return "";
		}
		Path file = this.mapping.toAbsolutePath().normalize();
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
			return file + "|" + java.util.HexFormat.of().formatHex(hash);
		}
		catch (IOException ex) {
			return file + "|missing";
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The job parameters of run number {@code run}; writes the input list into the run's staging
	 * folder (see {@link OutputFolder}), which a new run ({@code fresh}) empties first.
	 */
	JobParameters toJobParameters(long run, String fingerprint, boolean fresh) {
		Path staging = OutputFolder.prepare(this.out, fresh);
		Path manifest = staging.resolve(INPUT_LIST);
		try {
			Files.deleteIfExists(manifest);
			Files.write(manifest, this.inputs.stream().map((p) -> p.toAbsolutePath().normalize().toString()).toList(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write to the output folder " + this.out, ex);
		}
		JobParametersBuilder builder = new JobParametersBuilder().addString(PERIOD, this.period)
			.addLong(RUN, run)
			.addString(FINGERPRINT, fingerprint, false)
			.addString(MANIFEST, manifest.toAbsolutePath().toString(), false)
			.addString(OUT, this.out.toAbsolutePath().toString(), false)
			.addString(DISCLOSURE, this.disclosure.name(), false)
			.addString(LANG, this.lang.name(), false)
			.addLong(MINIMUM_COUNT, (long) this.minimumCount, false)
			.addString(REGIONS, String.join(",", this.regions), false)
			.addString(OUTPUTS, String.join(",", this.outputs), false)
			.addString(COMPARE, String.join(",", this.compare.stream().map((p) -> p.toAbsolutePath().toString()).toList()),
					false)
			.addString(REPLACE_MONTHS, String.join(",", this.replaceMonths.stream().map(YearMonth::toString).toList()),
					false);
		if (this.mapping != null) {
			builder.addString(MAPPING, this.mapping.toAbsolutePath().normalize().toString(), false);
		}
		if (this.population != null) {
			builder.addString(POPULATION, this.population.toAbsolutePath().toString(), false);
		}
		return builder.toJobParameters();
	}

	/**
	 * The column mapping in {@code file}, {@code null} for none; a wrong one is a
	 * {@link RunFailure.Kind#USAGE} failure.
	 */
	@Nullable
	static ColumnMapping mappingOf(@Nullable Path file) {
		try {
			return (file != null) ? ColumnMapping.load(file) : null;
		}
		catch (YamlFileException ex) {
			throw RunFailure.usage(ex.getMessage());
		}
	}

	static List<String> listOf(String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : List.of(joined.split(","));
	}

	static List<Path> inputsOf(String manifest) {
		try {
			return Files.readAllLines(Path.of(manifest), StandardCharsets.UTF_8)
				.stream()
				.filter((l) -> !l.isBlank())
				.map(Path::of)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the list of input files " + manifest, ex);
		}
	}

}
