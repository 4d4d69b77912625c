package no.kostrabatch.statistics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Population at 31 December by region, year and single year of age
 * ({@code KOMMUNE_NR;AAR;ALDER;KJONN;ANTALL}; a six-digit region is a district).
 */
public final class Population {

	private static final int MAX_AGE = 120;

	private final Map<String, long[]> byRegionYear = new HashMap<>();

	public static Population empty() {
		return new Population();
	}

	public static Population load(Path file) throws IOException {
		Population population = new Population();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord r : format.parse(in)) {
				int age = Math.min(MAX_AGE, Integer.parseInt(r.get("ALDER").trim()));
				population.byRegionYear
					.computeIfAbsent(r.get("KOMMUNE_NR").trim() + "|" + r.get("AAR").trim(), (k) -> new long[MAX_AGE + 1])[age] += Long
						.parseLong(r.get("ANTALL").trim());
			}
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The population file " + file.getFileName()
					+ " must have the columns KOMMUNE_NR;AAR;ALDER;KJONN;ANTALL with numbers");
		}
		return population;
	}

	/** The population of a region and year aged {@code from}..{@code to} (inclusive), or 0 if unknown. */
	public long between(String region, int year, int from, int to) {
		long[] ages = this.byRegionYear.get(region + "|" + year);
		if (ages == null) {
			return 0;
		}
		long sum = 0;
		for (int age = Math.max(0, from); age <= Math.min(MAX_AGE, to); age++) {
			sum += ages[age];
		}
		return sum;
	}

	public boolean has(String region, int year) {
		return this.byRegionYear.containsKey(region + "|" + year);
	}

}
