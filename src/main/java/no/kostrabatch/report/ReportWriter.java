package no.kostrabatch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One output format of a run: it reads the run's {@link ReportData} (cells, catalogue, regions, run
 * information) and writes its files into the run's output folder. A writer never works a figure out
 * again; what the statistics derive (changes, shares, indexes) it reads from the cells.
 */
public interface ReportWriter {

	/** The name a run's outputs list uses for this report (a job file's {@code outputs}). */
	String name();

	/** Writes the report into {@code folder}, replacing earlier files; returns the names written, in order. */
	List<String> writeInto(ReportData data, Path folder) throws IOException;

	/** Whether a file in an output folder is one this writer writes (so publication may replace it). */
	default boolean writes(String fileName) {
		return name().equals(fileName);
	}

}
