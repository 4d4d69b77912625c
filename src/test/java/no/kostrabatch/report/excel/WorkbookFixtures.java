package no.kostrabatch.report.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import no.kostrabatch.disclosure.DisclosureControl;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Comparison;
import no.kostrabatch.statistics.GroupComparison;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * Report data for Oslo (0301, with districts 01–03) and Bergen (4601), 2024 and 2025, for every table of
 * the catalogue: seeded counts per category, with the percentages, means, changes and key figures
 * derived from them as the pipeline does, then the pipeline's own change and disclosure steps. A few
 * counts are fixed so tests can name them: Oslo's recipients aged 18–24 were 1 432 in 2025 and 1 465 in
 * 2024; aged 67 and over, 2 in 2025 (suppressed in public outputs, with the next smallest count).
 */
final class WorkbookFixtures {

	static final TableCatalog CATALOG = TableCatalog.load();

	static final Regions REGIONS = Regions.load();

	static final List<String> CITIES = List.of("0301", "4601");

	private static final Map<String, Long> FIXED = Map.of("recipients_by_age|0301|2025|18-24", 1432L,
			"recipients_by_age|0301|2024|18-24", 1465L, "recipients_by_age|0301|2025|67+", 2L,
			"recipients_by_age|0301|2025|unknown", 150L, "recipients_by_age|0301|2024|unknown", 140L,
			"recipients_by_gender|4601|2025|unknown", 0L);

	private WorkbookFixtures() {
	}

	static ReportData twoCities(Lang lang, DisclosureMode mode) {
		return cities(CITIES, lang, mode);
	}

	/** Oslo, Bergen, Trondheim and Stavanger. */
	static ReportData fourCities(Lang lang, DisclosureMode mode) {
		return cities(List.of("0301", "4601", "5001", "1103"), lang, mode);
	}

	/** The cells of each city list and mode: disclosure control of four cities takes seconds, once. */
	private static final java.util.Map<String, List<Cell>> CELLS = new java.util.concurrent.ConcurrentHashMap<>();

	private static ReportData cities(List<String> cities, Lang lang, DisclosureMode mode) {
		List<Cell> all = CELLS.computeIfAbsent(cities + "|" + mode, (key) -> {
			List<Cell> before = year(cities, "2024");
			List<Cell> now = year(cities, "2025");
			List<Cell> cells = new ArrayList<>(Comparison.withChanges(before, List.of()));
			cells.addAll(Comparison.withChanges(now, before));
			if (mode == DisclosureMode.PUBLIC) {
				cells = new DisclosureControl(CATALOG, 3).apply(cells).cells();
			}
			return KeyFigureChange.withChanges(GroupComparison.withGroup(cells, cities, CATALOG), CATALOG);
		});
		RunInfo info = new RunInfo("annual", "2025", "2024", cities, List.of("0301-2025.csv", "4601-2025.11f"),
				Instant.parse("2026-03-01T06:00:00Z"), mode, lang);
		return new ReportData(CATALOG, REGIONS, info, all);
	}

	private static List<Cell> year(List<String> cities, String period) {
		List<Cell> cells = new ArrayList<>();
		for (String region : cities) {
			SplittableRandom random = new SplittableRandom(region.hashCode() * 31L + period.hashCode());
			int size = region.equals("0301") ? 20000 : region.equals("4601") ? 7000 : 4000;
			for (TableDefinition table : CATALOG.tables()) {
				if (table.dim1() == null || !table.counted()) {
					continue;
				}
				Map<String, Map<String, Long>> counts = counts(table, region, period, size, random);
				cells.addAll(new FixtureCells(CATALOG, table, region, period).cells(counts, random));
			}
			cells.addAll(keyFigures(region, period, size, random));
			if (region.equals("0301")) {
				for (String district : List.of("01", "02", "03")) {
					cells.addAll(keyFigures(region + district, period, 1200 + 300 * Integer.parseInt(district), random));
				}
			}
		}
		return cells;
	}

	/** Leaf counts by first and second category (the second is {@code ""} in one-dimension tables). */
	private static Map<String, Map<String, Long>> counts(TableDefinition table, String region, String period, int size,
			SplittableRandom random) {
		List<String> down = leaves(table.dim1(), region);
		List<String> across = (table.dim2() != null) ? leaves(table.dim2(), region) : List.of("");
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (String c1 : down) {
			Map<String, Long> row = new LinkedHashMap<>();
			for (String c2 : across) {
				SplittableRandom base = new SplittableRandom((table.id() + region + c1 + "|" + c2).hashCode());
				long n = Dimension.UNKNOWN.equals(c1) || Dimension.UNKNOWN.equals(c2)
						? ((base.nextInt(3) == 0) ? 0 : 3 + base.nextInt(12))
						: 1 + base.nextInt(2 * size / (down.size() * across.size()) + 1);
				n = Math.round(n * (0.9 + random.nextDouble() * 0.2));
				row.put(c2, FIXED.getOrDefault(table.id() + "|" + region + "|" + period + "|" + c1, n));
			}
			counts.put(c1, row);
		}
		return counts;
	}

	static List<String> leaves(String dimension, String region) {
		if ("district".equals(dimension)) {
			return region.equals("0301") ? List.of("01", "02", "03", Dimension.UNKNOWN) : List.of("01", "02");
		}
		return CATALOG.dimension(dimension)
			.categories()
			.stream()
			.filter((c) -> !c.isSubtotal() && !Dimension.TOTAL.equals(c.code()))
			.map(Category::code)
			.toList();
	}

	private static List<Cell> keyFigures(String region, String period, int size, SplittableRandom random) {
		long recipients = size + random.nextInt(size / 10);
		long months = recipients * (50 + random.nextInt(15)) / 10;
		long nok = months * (9000 + random.nextInt(2000));
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("recipients", BigDecimal.valueOf(recipients));
		for (String measure : CATALOG.requireTable("key_figures").measures()) {
			if (measure.startsWith("share_")) {
				BigDecimal count = values.get(measure.substring("share_".length()));
				values.put(measure, (count != null) ? ratio(100 * count.longValue(), recipients, 1) : BigDecimal.valueOf(12.3));
			}
			else if (measure.startsWith("mean_months")) {
				values.put(measure, ratio(months * (90 + random.nextInt(30)), recipients * 100, 1));
			}
			else if (!values.containsKey(measure)) {
				values.put(measure, BigDecimal.valueOf(recipients * (5 + random.nextInt(40)) / 100));
			}
		}
		values.put("support_months", BigDecimal.valueOf(months));
		values.put("nok", BigDecimal.valueOf(nok));
		values.put("nok_bidrag", BigDecimal.valueOf(nok * 9 / 10));
		values.put("nok_laan", BigDecimal.valueOf(nok - nok * 9 / 10));
		values.put("nok_per_recipient", ratio(nok, recipients, 0));
		values.put("nok_per_month", ratio(nok, months, 0));
		values.put("mean_months", ratio(months, recipients, 1));
		List<Cell> cells = new ArrayList<>();
		for (String measure : CATALOG.requireTable("key_figures").measures()) {
			Cell cell = Cell.of("key_figures", region, period, null, null, null, null, measure, values.get(measure));
			cells.add(measure.equals("mean_months_main_income_sa") && region.length() > 4 ? cell.withSymbol(Symbol.MISSING)
					: cell);
		}
		return cells;
	}

	static BigDecimal ratio(long numerator, long denominator, int decimals) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
	}

}
