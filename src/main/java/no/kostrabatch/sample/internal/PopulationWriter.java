package no.kostrabatch.sample.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a plausible population by single year of age and gender at 31 December
 * ({@code KOMMUNE_NR;AAR;ALDER;KJONN;ANTALL}): a city-shaped age profile (many in their twenties and
 * thirties, Gompertz-like survival from 67) scaled to each total, growing 0.8 % a year.
 */
public final class PopulationWriter {

	private PopulationWriter() {
	}

	public static void write(Map<String, Integer> totals, int[] years, Path out) throws IOException {
		Files.createDirectories(out.toAbsolutePath().getParent());
		double[] weights = new double[101];
		double sum = 0;
		for (int age = 0; age <= 100; age++) {
			weights[age] = weight(age);
			sum += weights[age];
		}
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			writer.write("KOMMUNE_NR;AAR;ALDER;KJONN;ANTALL\n");
			for (Map.Entry<String, Integer> entry : totals.entrySet()) {
				for (int i = 0; i < years.length; i++) {
					double total = entry.getValue() * (1 + 0.008 * i);
					for (int age = 0; age <= 100; age++) {
						for (int gender = 1; gender <= 2; gender++) {
							double share = (gender == 1) ? ((age < 80) ? 0.505 : 0.42) : ((age < 80) ? 0.495 : 0.58);
							long count = Math.round(total * weights[age] / sum * share);
							writer.write(entry.getKey() + ";" + years[i] + ";" + age + ";" + gender + ";" + count + "\n");
						}
					}
				}
			}
		}
	}

	private static double weight(int age) {
		if (age < 20) {
			return 1.05;
		}
		if (age < 40) {
			return 1.0 + 0.6 * StrictMath.sin(Math.PI * (age - 20) / 40.0);
		}
		if (age < 67) {
			return 1.25 - 0.01 * (age - 40);
		}
		return 0.95 * StrictMath.exp(-0.2 * (StrictMath.exp(0.1 * (age - 67)) - 1));
	}

}
