package no.kostrabatch.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which four-digit numbers are municipalities in a year. From 2024 (the last reform) a number is a
 * municipality only when {@code reference/municipalities.csv} lists it as valid that year (every
 * municipality since 2024, and the large cities' former numbers with their years). Before 2024 a listed
 * number counts in its years, and so does a number in a county of that year (then 01–99): the list does
 * not hold every former municipality.
 */
public final class Municipalities {

	/** The first year for which the list is complete. */
	public static final int COMPLETE_FROM = 2024;

	/** Oslo's number, the one municipality whose districts are known (reference/oslo-districts.csv). */
	public static final String OSLO = "0301";

	private static final Set<Integer> COUNTIES_2020 = Set.of(3, 11, 15, 18, 30, 34, 38, 42, 46, 50, 54);

	private static final Set<Integer> COUNTIES_2018 = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 18, 19,
			20, 50);

	private static final Set<Integer> COUNTIES_1972 = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17,
			18, 19, 20);

	private static final Map<String, List<Validity>> LISTED = load();

	private Municipalities() {
	}

	/** Whether {@code code} (four ASCII digits) was a municipality number in {@code year}. */
	public static boolean exists(String code, int year) {
		if (code.length() != 4 || !code.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return false;
		}
		for (Validity v : LISTED.getOrDefault(code, List.of())) {
			if (v.from() <= year && year <= v.to()) {
				return true;
			}
		}
		if (year >= COMPLETE_FROM || code.endsWith("00")) {
			return false;
		}
		return countiesOf(year).contains(Integer.parseInt(code.substring(0, 2)));
	}

	private static Set<Integer> countiesOf(int year) {
		if (year >= 2020) {
			return COUNTIES_2020;
		}
		return (year >= 2018) ? COUNTIES_2018 : COUNTIES_1972;
	}

	private static Map<String, List<Validity>> load() {
		Map<String, List<Validity>> listed = new HashMap<>();
		for (String[] row : ReferenceFiles.rows("reference/municipalities.csv")) {
			int from = (row.length > 2 && !row[2].isBlank()) ? Integer.parseInt(row[2].trim()) : Integer.MIN_VALUE;
			int to = (row.length > 3 && !row[3].isBlank()) ? Integer.parseInt(row[3].trim()) : Integer.MAX_VALUE;
			listed.computeIfAbsent(row[0], (c) -> new ArrayList<>()).add(new Validity(from, to));
		}
		return Map.copyOf(listed);
	}

	private record Validity(int from, int to) {
	}

}
