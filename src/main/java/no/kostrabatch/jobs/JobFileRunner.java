package no.kostrabatch.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Runs a job file for a period: resolves its input globs against the working folder and writes to
 * {@code reports/<job name>/<period>/}.
 */
@Component
public class JobFileRunner {

	private final PeriodJobRunner runner;

	JobFileRunner(PeriodJobRunner runner) {
		this.runner = runner;
	}

	public RunOutcome run(JobDefinition job, String period, Path workDir, Path reportsDir) {
		if (!RunParameters.isPeriod(period)) {
			throw new IllegalArgumentException("The period must be a year (YYYY) or a month (YYYY-MM), not '" + period
					+ "'.");
		}
		List<Path> inputs = resolve(job.inputs(), workDir);
		if (inputs.isEmpty() && !job.inputs().isEmpty()) {
			throw new RunFailure("No input file matches " + String.join(", ", job.inputs()) + " for job " + job.name()
					+ ".");
		}
		Path out = reportsDir.resolve(job.name()).resolve(period).normalize();
		if (!out.startsWith(reportsDir.normalize())) {
			throw new RunFailure("The job " + job.name() + " would write outside " + reportsDir + ".");
		}
		RunParameters parameters = new RunParameters(period, inputs, out, job.disclosure(), job.lang(), null,
				job.minimumCount(), job.regions(), job.outputs(), List.of());
		return this.runner.run(job.kind().jobName(), parameters);
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
