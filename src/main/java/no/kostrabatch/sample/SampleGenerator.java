package no.kostrabatch.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import no.kostrabatch.input.Municipalities;
import no.kostrabatch.sample.internal.PersonFactory;
import no.kostrabatch.sample.internal.PopulationWriter;
import no.kostrabatch.sample.internal.SampleWriters;
import no.kostrabatch.sample.internal.UsedNumbers;
import no.kostrabatch.sample.internal.YearBuilder;

/**
 * Deterministic synthetic data: the same seed gives the same files, byte for byte. Fødselsnummer are
 * synthetic (month + 80) with valid check digits; the monthly extracts and the 11F file of a
 * municipality-year describe the same persons, months and amounts.
 */
public final class SampleGenerator {

	/** The sample cities and their recipients in the first and second year. */
	static final Map<String, int[]> SAMPLE_CITIES = new LinkedHashMap<>();

	static final Map<String, Integer> POPULATION = new LinkedHashMap<>();

	static final int[] SAMPLE_YEARS = { 2024, 2025 };

	/** The cities differ a little, in the directions their status reports show. */
	static final Map<String, PersonFactory.CityProfile> PROFILES = Map.of(Municipalities.OSLO,
			new PersonFactory.CityProfile(0.38, 0.25, 1.35, 1.10), "4601",
			new PersonFactory.CityProfile(0.28, -0.10, 0.65, 0.97), "5001",
			new PersonFactory.CityProfile(0.26, 0.10, 1.40, 0.95), "1103",
			new PersonFactory.CityProfile(0.30, -0.05, 0.85, 1.02));

	static final PersonFactory.CityProfile NATIONAL = new PersonFactory.CityProfile(0.28, 0, 1, 1);

	static {
		SAMPLE_CITIES.put(Municipalities.OSLO, new int[] { 20_000, 19_450 });
		SAMPLE_CITIES.put("4601", new int[] { 7_000, 6_820 });
		SAMPLE_CITIES.put("5001", new int[] { 4_000, 4_120 });
		SAMPLE_CITIES.put("1103", new int[] { 4_000, 3_890 });
		POPULATION.put(Municipalities.OSLO, 717_000);
		POPULATION.put("4601", 291_000);
		POPULATION.put("5001", 214_000);
		POPULATION.put("1103", 148_000);
	}

	private final long seed;

	public SampleGenerator(long seed) {
		this.seed = seed;
	}

	/**
	 * One municipality-year as a CSV extract (all months) or an 11F file in that year's layout, written
	 * recipient by recipient (none is kept, so a national year needs little heap), then moved into place.
	 */
	public void write(String municipality, int year, int recipients, SampleFormat format, Path out) throws IOException {
		try (SampleWriters.YearFile file = (format == SampleFormat.CSV) ? SampleWriters.csvYear(municipality, year, out)
				: SampleWriters.elevenFYear(municipality, year, out)) {
			YearBuilder.draw(factory(municipality), municipality, year, recipients, file);
			file.publish();
		}
	}

	/** The sample set of the product: four cities, two years, monthly CSV, 11F and population. */
	public SampleSet writeSampleSet(Path dir) throws IOException {
		List<Path> csv = new ArrayList<>();
		List<Path> elevenF = new ArrayList<>();
		for (Map.Entry<String, int[]> city : SAMPLE_CITIES.entrySet()) {
			String municipality = city.getKey();
			PersonFactory factory = factory(municipality);
			List<YearBuilder.Carried> previous = List.of();
			for (int i = 0; i < SAMPLE_YEARS.length; i++) {
				int year = SAMPLE_YEARS[i];
				YearBuilder built = new YearBuilder(factory, municipality, year, city.getValue()[i], previous);
				for (int month = 1; month <= 12; month++) {
					int m = month;
					Path file = dir.resolve("csv").resolve(String.format("%s-%d-%02d.csv", municipality, year, month));
					SampleWriters.csv(built.persons(), municipality, year, (x) -> x == m, file);
					csv.add(file);
				}
				Path file = dir.resolve("11f").resolve(municipality + "-" + year + ".11f");
				SampleWriters.elevenF(built.persons(), municipality, year, file);
				elevenF.add(file);
				previous = built.carried();
			}
		}
		Path population = dir.resolve("population.csv");
		PopulationWriter.write(POPULATION, SAMPLE_YEARS, population);
		return new SampleSet(csv, elevenF, population);
	}

	/** The sample set already in a folder. */
	public SampleSet describeSampleSet(Path dir) throws IOException {
		return new SampleSet(list(dir.resolve("csv"), ".csv"), list(dir.resolve("11f"), ".11f"),
				dir.resolve("population.csv"));
	}

	private static List<Path> list(Path dir, String suffix) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private PersonFactory factory(String municipality) {
		SplittableRandom random = new SplittableRandom(this.seed * 31 + Integer.parseInt(municipality));
		return new PersonFactory(random, new UsedNumbers(), PROFILES.getOrDefault(municipality, NATIONAL));
	}

}
