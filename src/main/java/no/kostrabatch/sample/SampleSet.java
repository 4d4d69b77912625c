package no.kostrabatch.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of the sample set: monthly CSV extracts ({@code csv/NNNN-YYYY-MM.csv}), 11F files
 * ({@code 11f/NNNN-YYYY.11f}) and the population file.
 */
public record SampleSet(List<Path> csvFiles, List<Path> elevenFFiles, Path population) {

	public SampleSet {
		csvFiles = List.copyOf(csvFiles);
		elevenFFiles = List.copyOf(elevenFFiles);
	}

	/** The CSV extracts of a year. */
	public List<Path> csvFiles(int year) {
		return this.csvFiles.stream().filter((p) -> p.getFileName().toString().contains("-" + year + "-")).toList();
	}

	/** The 11F files of a year. */
	public List<Path> elevenF(int year) {
		return this.elevenFFiles.stream().filter((p) -> p.getFileName().toString().endsWith("-" + year + ".11f")).toList();
	}

}
