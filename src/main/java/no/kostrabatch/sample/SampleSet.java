package no.kostrabatch.sample;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The files of the sample set: monthly CSV extracts ({@code csv/NNNN-YYYY-MM.csv}), 11F files
 * ({@code 11f/NNNN-YYYY.11f}) and the population file; each list sorted by file name, that is by
 * municipality number, year and month.
 */
public record SampleSet(List<Path> csvFiles, List<Path> elevenFFiles, Path population) {

	public SampleSet {
		csvFiles = csvFiles.stream().sorted(Comparator.comparing(SampleSet::name)).toList();
		elevenFFiles = elevenFFiles.stream().sorted(Comparator.comparing(SampleSet::name)).toList();
	}

	/** The CSV extracts of a year, all municipalities. */
	public List<Path> csvFiles(int year) {
		return this.csvFiles.stream().filter((p) -> name(p).contains("-" + year + "-")).toList();
	}

	/** The twelve CSV extracts of one municipality-year, January first. */
	public List<Path> csvFiles(String municipality, int year) {
		return this.csvFiles.stream().filter((p) -> name(p).startsWith(municipality + "-" + year + "-")).toList();
	}

	/** The 11F files of a year, all municipalities. */
	public List<Path> elevenF(int year) {
		return this.elevenFFiles.stream().filter((p) -> name(p).endsWith("-" + year + ".11f")).toList();
	}

	/** The 11F file of one municipality-year, if the set has it. */
	public Optional<Path> elevenF(String municipality, int year) {
		return this.elevenFFiles.stream().filter((p) -> name(p).equals(municipality + "-" + year + ".11f")).findFirst();
	}

	private static String name(Path path) {
		return path.getFileName().toString();
	}

}
