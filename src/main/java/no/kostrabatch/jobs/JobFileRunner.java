package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Period;

import org.springframework.stereotype.Component;

/**
 * Runs a job file for a period: resolves its input globs against the job file's folder, checks that
 * the inputs (or the store) hold the period's year before anything is imported, and writes to
 * {@code reports/<job name>/<period>/}.
 */
@Component
public class JobFileRunner {

	private final PeriodJobRunner runner;

	private final FactStore facts;

	JobFileRunner(PeriodJobRunner runner, FactStore facts) {
		this.runner = runner;
		this.facts = facts;
	}

	/**
	 * Runs {@code job} for {@code period}.
	 * @param jobDir the folder of the job file, which its input globs are relative to
	 */
	public RunOutcome run(JobDefinition job, String period, Path jobDir, Path reportsDir) {
		if (!RunParameters.isPeriod(period)) {
			throw RunFailure.usage("The period must be a year (YYYY) or a month (YYYY-MM), not '" + period + "'.");
		}
		List<Path> inputs = resolve(job.inputs(), jobDir);
		if (inputs.isEmpty() && !job.inputs().isEmpty()) {
			throw RunFailure.usage("No input file matches " + String.join(", ", job.inputs()) + " for job " + job.name()
					+ " (input globs are relative to the job file's folder, " + folderName(jobDir) + ").");
		}
		checkPeriod(job, period, inputs);
		Path out = reportsDir.resolve(job.name()).resolve(period).normalize();
		if (!out.startsWith(reportsDir.normalize())) {
			throw RunFailure.usage("The job " + job.name() + " would write outside " + reportsDir + ".");
		}
		RunParameters parameters = new RunParameters(period, inputs, out, job.disclosure(), job.lang(), null,
				job.minimumCount(), job.regions(), job.outputs(), List.of())
			.replacing(job.replaceMonths())
			.mappedBy(job.mapping());
		return this.runner.run(job.kind().jobName(), parameters);
	}

	/** Fails before importing when neither the inputs nor the store hold the period's year. */
	private void checkPeriod(JobDefinition job, String period, List<Path> inputs) {
		ColumnMapping mapping = RunParameters.mappingOf(job.mapping());
		int year = Period.parse(period).year();
		Set<Integer> years = new TreeSet<>();
		for (Path input : inputs) {
			int fileYear = ExtractReaders.reportingYear(input, mapping);
			if (fileYear == year) {
				return;
			}
			if (fileYear > 0) {
				years.add(fileYear);
			}
		}
		if (years.isEmpty() || !this.facts.municipalities(year).isEmpty()) {
			return;
		}
		int latest = ((TreeSet<Integer>) years).last();
		String suggestion = (job.kind() == JobDefinition.Kind.MONTHLY) ? latest + "-12" : String.valueOf(latest);
		throw RunFailure.input("The " + inputs.size() + " input file(s) of job " + job.name() + " hold "
				+ years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", none " + year
				+ ", and the store holds nothing for " + year + ": run with --period " + suggestion
				+ ", or add the files for " + year + ".");
	}

	private static String folderName(Path dir) {
		String name = dir.toString();
		return name.isEmpty() ? "." : name;
	}

	/** The files matching the globs, in name order, each once. */
	static List<Path> resolve(List<String> globs, Path workDir) {
		List<Path> result = new ArrayList<>();
		for (String glob : globs) {
			Path pattern = workDir.resolve(glob).normalize();
			Path root = pattern;
			while (root != null && containsWildcard(root.toString())) {
				root = root.getParent();
			}
			if (root == null || !Files.isDirectory(root)) {
				if (Files.isRegularFile(pattern) && !result.contains(pattern)) {
					result.add(pattern);
				}
				continue;
			}
			PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile)
					.filter(matcher::matches)
					.sorted()
					.filter((p) -> !result.contains(p))
					.forEach(result::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return result;
	}

	private static boolean containsWildcard(String text) {
		return text.contains("*") || text.contains("?") || text.contains("[") || text.contains("{");
	}

}
