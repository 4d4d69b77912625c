package no.kostrabatch.report.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import no.kostrabatch.disclosure.DisclosureControl;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Comparison;
import no.kostrabatch.statistics.GroupComparison;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;

/**
 * Report data for Oslo (with its districts), Bergen, Trondheim and Stavanger, 2024 and 2025, counted
 * by the real aggregator from seeded person-years (then the pipeline's disclosure, group and key
 * figure change steps) whose distributions follow SSB's national tables
 * and the cities' profiles (Bergen: few with assistance as main income, many on benefits). Bergen
 * falls by exactly 449 recipients, Trondheim rises by 1, Stavanger is unchanged.
 */
final class StatusReportFixtures {

	static final String OSLO = "0301";

	static final String BERGEN = "4601";

	static final String TRONDHEIM = "5001";

	static final String STAVANGER = "1103";

	private static final int[] MONTH_WEIGHTS = { 22821, 14909, 10758, 8423, 7082, 6299, 5251, 4986, 4875, 5274, 6084,
			12846 };

	private static final String[] AGE_BANDS = { "0-17", "18-24", "25-29", "30-39", "40-49", "50-59", "60-66", "67+" };

	private static final int[] AGE_WEIGHTS = { 8, 150, 140, 250, 210, 140, 70, 32 };

	private static final String[] VKLO = { "1", "2", "3", "4", "5", "6", "7", "8", "9" };

	private static final String[] TRYGD = { "01", "02", "04", "05", "06", "07", "09", "10", "11", "13" };

	private static final int[] TRYGD_WEIGHTS = { 30, 90, 330, 55, 3, 60, 8, 20, 400, 4 };

	private static final String[] COUNTRIES = { "NO", "SE", "PL", "DE", "SO", "SY", "ER", "AF", "IQ" };

	private static final int[] COUNTRY_WEIGHTS = { 760, 20, 30, 6, 50, 50, 35, 25, 24 };

	private StatusReportFixtures() {
	}

	/** The four cities, both years. */
	static ReportData fourCities(Lang lang, DisclosureMode mode) {
		return build(List.of(OSLO, BERGEN, TRONDHEIM, STAVANGER), lang, mode, List.of("2024", "2025"));
	}

	/** Bergen alone, both years. */
	static ReportData bergen(Lang lang, DisclosureMode mode) {
		return build(List.of(BERGEN), lang, mode, List.of("2024", "2025"));
	}

	/** Bergen alone, one year only: no previous figures, no time series. */
	static ReportData bergenOneYear(Lang lang, DisclosureMode mode) {
		return build(List.of(BERGEN), lang, mode, List.of("2025"));
	}

	private static final TableCatalog CATALOG = TableCatalog.load();

	private static final Map<String, List<Cell>> CACHE = new ConcurrentHashMap<>();

	private static ReportData build(List<String> cities, Lang lang, DisclosureMode mode, List<String> periods) {
		List<Cell> all = CACHE.computeIfAbsent(cities + "|" + periods + "|" + mode,
				(key) -> cells(CATALOG, cities, mode, periods));
		String period = periods.get(periods.size() - 1);
		String before = (periods.size() > 1) ? periods.get(periods.size() - 2) : null;
		List<String> files = cities.stream().map((c) -> c + "-" + period + ".csv").toList();
		RunInfo info = new RunInfo("annual", period, before, cities, files, Instant.parse("2026-03-01T06:00:00Z"), mode,
				lang);
		return new ReportData(CATALOG, Regions.load(), info, all);
	}

	private static List<Cell> cells(TableCatalog catalog, List<String> cities, DisclosureMode mode,
			List<String> periods) {
		List<Cell> all = new ArrayList<>();
		List<Cell> previous = List.of();
		for (String period : periods) {
			List<Cell> now = year(catalog, cities, Integer.parseInt(period));
			all.addAll(Comparison.withChanges(now, previous));
			previous = now;
		}
		List<Cell> published = (mode == DisclosureMode.PUBLIC) ? new DisclosureControl(catalog, 3).apply(all).cells() : all;
		return KeyFigureChange.withChanges(GroupComparison.withGroup(published, cities, catalog), catalog);
	}

	private static List<Cell> year(TableCatalog catalog, List<String> cities, int year) {
		Aggregator aggregator = new Aggregator(catalog, StatisticsSettings.defaults());
		for (String city : cities) {
			SplittableRandom random = new SplittableRandom(31L * year + Integer.parseInt(city));
			for (int i = 0; i < size(city, year); i++) {
				aggregator.add(person(random, city, year, i));
			}
		}
		return aggregator.cells();
	}

	private static int size(String city, int year) {
		return switch (city) {
			case OSLO -> (year == 2025) ? 19_688 : 20_375;
			case BERGEN -> (year == 2025) ? 6_651 : 7_100;
			case TRONDHEIM -> (year == 2025) ? 4_102 : 4_101;
			default -> 3_940;
		};
	}

	private static PersonYear person(SplittableRandom random, String city, int year, int i) {
		int months = 1 + pick(random, MONTH_WEIGHTS);
		int mask = 0;
		while (Integer.bitCount(mask) < months) {
			mask |= 1 << random.nextInt(12);
		}
		int latest = 32 - Integer.numberOfLeadingZeros(mask);
		Integer birthYear = (random.nextInt(700) == 0) ? null : year - age(random);
		String gender = (random.nextInt(100) < 58) ? "1" : "2";
		int children = children(random);
		String vklo = VKLO[pick(random, incomeWeights(city))];
		String trygd = "3".equals(vklo) ? TRYGD[pick(random, TRYGD_WEIGHTS)] : "12";
		String district = OSLO.equals(city) ? String.format("%02d", 1 + pick(random, OSLO_DISTRICT_WEIGHTS)) : null;
		long perMonth = perMonth(city) + random.nextInt(3000);
		long laan = (random.nextInt(10) == 0) ? months * 1500L : 0;
		return new PersonYear(city, district, year, city + "-" + year + "-" + i, birthYear, gender,
				civilStatus(random, city, i), (children > 0) ? "1" : "2",
				children, vklo, trygd, String.format("%02d", 1 + pick(random, new int[] { 4, 6, 8, 30, 10, 5, 15, 6, 6, 10 })),
				String.valueOf(1 + pick(random, new int[] { 50, 25, 4, 8, 10, 3 })),
				COUNTRIES[pick(random, COUNTRY_WEIGHTS)], months, latest, mask, months * perMonth, laan);
	}

	/** Stavanger has exactly two widowed recipients a year, so that table has suppressed cells. */
	private static String civilStatus(SplittableRandom random, String city, int i) {
		if (STAVANGER.equals(city)) {
			return (i < 2) ? "5" : String.valueOf(1 + pick(random, new int[] { 630, 120, 30, 200 }));
		}
		return String.valueOf(1 + pick(random, new int[] { 630, 120, 30, 200, 20 }));
	}

	private static final int[] OSLO_DISTRICT_WEIGHTS = { 120, 70, 50, 40, 25, 30, 55, 100, 120, 110, 90, 100, 25, 20,
			15 };

	private static int age(SplittableRandom random) {
		String band = AGE_BANDS[pick(random, AGE_WEIGHTS)];
		return switch (band) {
			case "0-17" -> 16 + random.nextInt(2);
			case "67+" -> 67 + random.nextInt(15);
			default -> {
				String[] bounds = band.split("-");
				int low = Integer.parseInt(bounds[0]);
				yield low + random.nextInt(Integer.parseInt(bounds[1]) - low + 1);
			}
		};
	}

	private static int children(SplittableRandom random) {
		int r = random.nextInt(1000);
		int[] cumulative = { 818, 910, 960, 982, 993, 998 };
		for (int n = 0; n < cumulative.length; n++) {
			if (r < cumulative[n]) {
				return n;
			}
		}
		return 6 + random.nextInt(2);
	}

	private static int[] incomeWeights(String city) {
		return switch (city) {
			case BERGEN -> new int[] { 100, 22, 443, 14, 300, 16, 12, 50, 43 };
			case STAVANGER -> new int[] { 95, 20, 370, 14, 373, 18, 11, 50, 49 };
			case TRONDHEIM -> new int[] { 70, 18, 210, 12, 580, 20, 10, 45, 35 };
			default -> new int[] { 80, 20, 250, 10, 551, 15, 10, 40, 24 };
		};
	}

	private static long perMonth(String city) {
		return switch (city) {
			case OSLO -> 8_000;
			case TRONDHEIM -> 7_000;
			case STAVANGER -> 6_500;
			default -> 5_400;
		};
	}

	private static int pick(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
