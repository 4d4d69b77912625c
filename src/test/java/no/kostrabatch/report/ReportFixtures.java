package no.kostrabatch.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import no.kostrabatch.disclosure.DisclosureControl;
import no.kostrabatch.disclosure.DisclosureMode;
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

/** Report data from seeded person-years of Oslo (with districts) and Bergen, 2024 and 2025. */
public final class ReportFixtures {

	private ReportFixtures() {
	}

	/** The cells of each mode: disclosure control of the two cities takes seconds, once. */
	private static final java.util.Map<DisclosureMode, List<Cell>> CELLS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final TableCatalog CATALOG = TableCatalog.load();

	public static ReportData twoCities(Lang lang, DisclosureMode mode) {
		TableCatalog catalog = CATALOG;
		List<Cell> all = CELLS.computeIfAbsent(mode, (key) -> {
			List<Cell> before = cells(catalog, 2024, 1200, 700);
			List<Cell> now = cells(catalog, 2025, 1150, 720);
			List<Cell> cells = new ArrayList<>(Comparison.withChanges(before, List.of()));
			cells.addAll(Comparison.withChanges(now, before));
			if (mode == DisclosureMode.PUBLIC) {
				cells = new DisclosureControl(catalog, 3).apply(cells).cells();
			}
			return KeyFigureChange.withChanges(GroupComparison.withGroup(cells, List.of("0301", "4601"), catalog),
					catalog);
		});
		RunInfo info = new RunInfo("annual", "2025", "2024", List.of("0301", "4601"), List.of("0301-2025-01.csv"),
				Instant.parse("2026-03-01T06:00:00Z"), mode, lang);
		return new ReportData(catalog, Regions.load(), info, all);
	}

	private static List<Cell> cells(TableCatalog catalog, int year, int oslo, int bergen) {
		Aggregator aggregator = new Aggregator(catalog, StatisticsSettings.defaults());
		SplittableRandom random = new SplittableRandom(year);
		add(aggregator, random, "0301", year, oslo, true);
		add(aggregator, random, "4601", year, bergen, false);
		return aggregator.cells();
	}

	private static void add(Aggregator aggregator, SplittableRandom random, String municipality, int year, int count,
			boolean districts) {
		String[] vklo = { "1", "3", "5", "5", "5", "9", "3", "2" };
		String[] trygd = { "12", "11", "04", "12" };
		for (int i = 0; i < count; i++) {
			int months = 1 + random.nextInt(12);
			int age = 18 + random.nextInt(60);
			boolean children = random.nextInt(4) == 0;
			String district = districts ? String.format("%02d", 1 + random.nextInt(15)) : null;
			long nok = months * (6000L + random.nextInt(6000));
			aggregator.add(new PersonYear(municipality, district, year, municipality + "-" + i, year - age,
					String.valueOf(1 + random.nextInt(2)), String.valueOf(1 + random.nextInt(5)), children ? "1" : "2",
					children ? 1 + random.nextInt(3) : 0, vklo[random.nextInt(vklo.length)],
					trygd[random.nextInt(trygd.length)], "04", String.valueOf(1 + random.nextInt(6)),
					random.nextInt(3) == 0 ? "SO" : "NO", months, months, (1 << months) - 1, nok, 0));
		}
	}

}
