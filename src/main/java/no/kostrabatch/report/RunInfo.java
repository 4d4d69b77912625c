package no.kostrabatch.report;

import java.time.Instant;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;

/**
 * What a report says about the run that made it.
 *
 * @param jobName the job, e.g. {@code annual}
 * @param period the reporting period, {@code YYYY} or {@code YYYY-MM}
 * @param previousPeriod the period compared with, or {@code null}
 * @param municipalities the municipalities reported on, in report order
 * @param sourceFiles the file names (no paths) the figures come from, kept as {@link FileNames#shown}
 * @param runTime when the run started
 * @param disclosure public (small counts suppressed) or internal
 * @param lang the report language
 */
public record RunInfo(String jobName, String period, String previousPeriod, List<String> municipalities,
		List<String> sourceFiles, Instant runTime, DisclosureMode disclosure, Lang lang) {

	public RunInfo {
		municipalities = List.copyOf(municipalities);
		sourceFiles = sourceFiles.stream().map((name) -> FileNames.shown(name, disclosure)).toList();
	}

}
