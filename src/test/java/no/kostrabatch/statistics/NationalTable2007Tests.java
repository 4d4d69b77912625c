package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Microdata with exactly the marginals of SSB's national table for 2007 (ssb-tables.md): recipients
 * by months with support and family phase, and by main income source and family phase, for the same
 * persons. The engine must give back every cell, the means and the long-term share.
 */
class NationalTable2007Tests {

	/** Months 1..12 per published family-phase row. */
	static final Map<String, long[]> MONTHS = new HashMap<>();

	static {
		MONTHS.put("total", new long[] { 22821, 14909, 10758, 8423, 7082, 6299, 5251, 4986, 4875, 5274, 6084, 12846 });
		MONTHS.put("EM-19", new long[] { 532, 390, 320, 201, 186, 166, 122, 98, 81, 75, 80, 91 });
		MONTHS.put("EM20-24", new long[] { 1530, 1154, 915, 691, 572, 501, 448, 415, 394, 406, 394, 686 });
		MONTHS.put("EM25-44", new long[] { 3563, 2388, 1809, 1486, 1303, 1179, 1008, 916, 1017, 1099, 1282, 2939 });
		MONTHS.put("EM45-66", new long[] { 2094, 1261, 874, 662, 574, 472, 415, 404, 451, 493, 618, 1607 });
		MONTHS.put("EM67+", new long[] { 256, 102, 43, 38, 25, 21, 14, 15, 12, 6, 14, 29 });
		MONTHS.put("EK-19", new long[] { 419, 376, 247, 199, 143, 132, 93, 86, 69, 61, 54, 88 });
		MONTHS.put("EK20-24", new long[] { 1020, 828, 567, 479, 393, 345, 296, 260, 231, 248, 239, 408 });
		MONTHS.put("EK25-44", new long[] { 1616, 1035, 726, 616, 543, 460, 415, 393, 349, 401, 497, 1087 });
		MONTHS.put("EK45-66", new long[] { 1631, 959, 591, 477, 358, 328, 270, 267, 259, 287, 365, 945 });
		MONTHS.put("EK67+", new long[] { 439, 152, 70, 68, 32, 33, 19, 11, 20, 18, 21, 35 });
		MONTHS.put("EBM", new long[] { 852, 598, 519, 419, 327, 336, 276, 274, 264, 297, 354, 865 });
		MONTHS.put("EBK", new long[] { 3450, 2323, 1699, 1282, 1029, 943, 723, 709, 634, 666, 738, 1277 });
		MONTHS.put("EM", new long[] { 7975, 5295, 3961, 3078, 2660, 2339, 2007, 1848, 1955, 2079, 2388, 5352 });
		MONTHS.put("EK", new long[] { 5125, 3350, 2201, 1839, 1469, 1298, 1093, 1017, 928, 1015, 1176, 2563 });
		MONTHS.put("EB", new long[] { 4302, 2921, 2218, 1701, 1356, 1279, 999, 983, 898, 963, 1092, 2142 });
	}

	/** Income source (1,2,3,4,5,6,9,unknown) per family group, with the couples and the one unknown. */
	static final Map<String, long[]> INCOME = Map.of("EM", new long[] { 2867, 1358, 12164, 798, 21969, 585, 1187, 9 },
			"EK", new long[] { 1992, 575, 9342, 723, 9616, 255, 567, 4 }, "EB",
			new long[] { 2856, 572, 9382, 267, 6809, 267, 699, 2 }, "PU",
			new long[] { 1390, 416, 3238, 204, 5401, 673, 534, 1 }, "PB",
			new long[] { 2276, 470, 3318, 144, 4788, 1082, 807, 0 }, "unknown", new long[] { 0, 0, 0, 0, 1, 0, 0, 0 },
			"total", new long[] { 11381, 3391, 37444, 2136, 48584, 2862, 3794, 16 });

	static final String[] INCOME_CODES = { "1", "2", "3", "4", "5", "6", "9", null };

	static Map<String, Cell> cells;

	@BeforeAll
	static void aggregate() {
		TableCatalog catalog = TableCatalog.load();
		Aggregator aggregator = new Aggregator(catalog, StatisticsSettings.defaults());
		Map<String, Integer> incomeCursor = new HashMap<>();
		int serial = 0;
		for (String phase : List.of("EM-19", "EM20-24", "EM25-44", "EM45-66", "EM67+", "EK-19", "EK20-24", "EK25-44",
				"EK45-66", "EK67+", "EBM", "EBK", "PU", "PB", "unknown")) {
			long[] months = monthsOf(phase);
			String group = phase.startsWith("EB") ? "EB" : phase.startsWith("EM") ? "EM" : phase.startsWith("EK") ? "EK" : phase;
			for (int m = 1; m <= 12; m++) {
				for (long i = 0; i < months[m - 1]; i++) {
					int n = incomeCursor.merge(group, 1, Integer::sum) - 1;
					aggregator.add(person(phase, m, income(group, n), serial++));
				}
			}
		}
		cells = new HashMap<>();
		for (Cell cell : aggregator.cells()) {
			if (cell.region().equals("0000")) {
				cells.put(cell.tableId() + "|" + cell.cat1() + "|" + cell.cat2() + "|" + cell.measure(), cell);
			}
		}
	}

	/** Couples get what the total leaves after the singles; the one unknown person has 1 month. */
	private static long[] monthsOf(String phase) {
		if (MONTHS.containsKey(phase)) {
			return MONTHS.get(phase);
		}
		long[] rest = new long[12];
		for (int m = 0; m < 12; m++) {
			rest[m] = MONTHS.get("total")[m] - MONTHS.get("EM")[m] - MONTHS.get("EK")[m] - MONTHS.get("EB")[m];
		}
		rest[0] -= 1;
		if ("unknown".equals(phase)) {
			return new long[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		}
		long pu = 11857;
		long[] result = new long[12];
		long assigned = 0;
		for (int m = 0; m < 12; m++) {
			long share = "PU".equals(phase) ? Math.min(rest[m], pu - assigned) : rest[m] - Math.min(rest[m], Math.max(0, pu - assigned(rest, m)));
			result[m] = share;
			assigned += share;
		}
		return result;
	}

	private static long assigned(long[] rest, int upTo) {
		long sum = 0;
		for (int m = 0; m < upTo; m++) {
			sum += rest[m];
		}
		return sum;
	}

	private static String income(String group, int n) {
		long[] counts = INCOME.get(group);
		long cumulative = 0;
		for (int i = 0; i < counts.length; i++) {
			cumulative += counts[i];
			if (n < cumulative) {
				return INCOME_CODES[i];
			}
		}
		throw new IllegalStateException(group + " has more persons than its income row");
	}

	private static PersonYear person(String phase, int months, String income, int serial) {
		String gender = phase.startsWith("EM") || "EBM".equals(phase) ? "1" : phase.startsWith("EK") || "EBK".equals(phase) ? "2" : "1";
		String civil = switch (phase) {
			case "PU", "PB" -> "2";
			case "unknown" -> null;
			default -> "1";
		};
		String flag = ("PB".equals(phase) || phase.startsWith("EB")) ? "1" : "2";
		int age = phase.endsWith("-19") ? 19 : phase.endsWith("20-24") ? 22 : phase.endsWith("25-44") ? 30
				: phase.endsWith("45-66") ? 50 : phase.endsWith("67+") ? 70 : 35;
		int mask = (1 << months) - 1;
		return new PersonYear("0000", null, 2007, "p" + serial, 2007 - age, gender, civil, flag,
				"1".equals(flag) ? 1 : 0, income, "12", "04", "1", null, months, months, mask, 1000L * months, 0);
	}

	static List<Arguments> monthCells() {
		return MONTHS.entrySet()
			.stream()
			.flatMap((e) -> java.util.stream.IntStream.rangeClosed(1, 12)
				.mapToObj((m) -> Arguments.of(e.getKey(), String.valueOf(m), e.getValue()[m - 1])))
			.toList();
	}

	@ParameterizedTest(name = "{0}, {1} months: {2}")
	@MethodSource("monthCells")
	void everyCellOfRecipientsByMonthsAndFamilyPhase(String phase, String months, long expected) {
		assertThat(value("months_by_family_phase", phase, months, "recipients")).isEqualByComparingTo(BigDecimal.valueOf(expected));
	}

	@Test
	void rowTotalsAndMeansPerFamilyPhase() {
		Map<String, String[]> expected = Map.ofEntries(Map.entry("total", new String[] { "109608", "5.3" }),
				Map.entry("EM", new String[] { "40937", "5.6" }), Map.entry("EM-19", new String[] { "2342", "4.3" }),
				Map.entry("EM20-24", new String[] { "8106", "5.2" }), Map.entry("EM25-44", new String[] { "19989", "5.9" }),
				Map.entry("EM45-66", new String[] { "9925", "5.7" }), Map.entry("EM67+", new String[] { "575", "3.3" }),
				Map.entry("EK", new String[] { "23074", "5.2" }), Map.entry("EK-19", new String[] { "1967", "4.3" }),
				Map.entry("EK20-24", new String[] { "5314", "5.0" }), Map.entry("EK25-44", new String[] { "8138", "5.6" }),
				Map.entry("EK45-66", new String[] { "6737", "5.3" }), Map.entry("EK67+", new String[] { "918", "3.1" }),
				Map.entry("EB", new String[] { "20854", "5.2" }), Map.entry("EBM", new String[] { "5381", "6.1" }),
				Map.entry("EBK", new String[] { "15473", "4.9" }), Map.entry("PU", new String[] { "11857", null }),
				Map.entry("PB", new String[] { "12885", null }), Map.entry("unknown", new String[] { "1", "1.0" }));
		expected.forEach((phase, values) -> {
			assertThat(value("months_by_family_phase", phase, "total", "recipients")).as(phase)
				.isEqualByComparingTo(values[0]);
			if (values[1] != null) {
				assertThat(value("months_by_family_phase", phase, "total", "mean_months")).as(phase)
					.isEqualByComparingTo(values[1]);
			}
		});
	}

	@Test
	void everyCellOfRecipientsByIncomeSourceAndFamilyPhase() {
		String[] codes = { "1", "2", "3", "4", "5", "6", "9", "unknown" };
		INCOME.forEach((phase, counts) -> {
			for (int i = 0; i < codes.length; i++) {
				assertThat(value("income_source_by_family_phase", phase, codes[i], "recipients"))
					.as(phase + " × " + codes[i])
					.isEqualByComparingTo(BigDecimal.valueOf(counts[i]));
			}
		});
	}

	@Test
	void keyFiguresGiveTheMeanAndTheLongTermShare() {
		assertThat(value("key_figures", null, null, "recipients")).isEqualByComparingTo("109608");
		assertThat(value("key_figures", null, null, "mean_months")).isEqualByComparingTo("5.3");
		assertThat(value("key_figures", null, null, "long_term")).isEqualByComparingTo("45615");
		assertThat(value("key_figures", null, null, "share_long_term")).isEqualByComparingTo("41.6");
		assertThat(value("recipients_by_long_term", "yes", null, "recipients")).isEqualByComparingTo("45615");
		assertThat(value("recipients_by_months", "total", null, "mean_months")).isEqualByComparingTo("5.3");
	}

	private static BigDecimal value(String table, String cat1, String cat2, String measure) {
		Cell cell = cells.get(table + "|" + cat1 + "|" + cat2 + "|" + measure);
		assertThat(cell).as(table + "|" + cat1 + "|" + cat2 + "|" + measure).isNotNull();
		return cell.value();
	}

}
