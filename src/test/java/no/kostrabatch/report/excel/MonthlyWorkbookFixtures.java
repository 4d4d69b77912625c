package no.kostrabatch.report.excel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import no.kostrabatch.disclosure.DisclosureControl;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Comparison;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.PersonYears;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;

/**
 * Report data of a monthly run for March 2025, counted by the pipeline's own classes from seeded
 * person-months of Oslo (districts 01–03, some persons moving between them) and Bergen (no
 * districts), 2024 and 2025: the year-to-date tables for January–March of both years and
 * {@code monthly_status} for every month January–March of both years, with the changes the monthly job
 * derives after disclosure control ({@code key_figures_change}, {@code monthly_status_change}).
 */
public final class MonthlyWorkbookFixtures {

	static final TableCatalog CATALOG = TableCatalog.load();

	private MonthlyWorkbookFixtures() {
	}

	public static ReportData march2025(Lang lang, DisclosureMode mode) {
		return data(lang, mode, true);
	}

	/** The same run when the store has no 2024. */
	static ReportData march2025WithoutLastYear(Lang lang) {
		return data(lang, DisclosureMode.INTERNAL, false);
	}

	private static ReportData data(Lang lang, DisclosureMode mode, boolean withLastYear) {
		List<Cell> before = new ArrayList<>();
		Map<String, Integer> late = new HashMap<>();
		if (withLastYear) {
			before = year(2024, Map.of(), java.util.Set.of(), late);
		}
		List<Cell> now = year(2025, late, withLastYear ? java.util.Set.of("0301", "4601") : java.util.Set.of(),
				new HashMap<>());
		List<Cell> all = new ArrayList<>(Comparison.withChanges(before, List.of()));
		all.addAll(Comparison.withChanges(now, before));
		if (mode == DisclosureMode.PUBLIC) {
			all = new DisclosureControl(CATALOG, 3).apply(all).cells();
		}
		all = KeyFigureChange.withChanges(all, CATALOG);
		RunInfo info = new RunInfo("monthly", "2025-03", "2024-03", List.of("0301", "4601"),
				List.of("0301-2025-03.csv", "4601-2025-03.csv"), Instant.parse("2025-04-05T06:00:00Z"), mode, lang);
		return new ReportData(CATALOG, Regions.load(), info, all);
	}

	private static List<Cell> year(int year, Map<String, Integer> lastYear, java.util.Set<String> withLastYear,
			Map<String, Integer> late) {
		Aggregator aggregator = new Aggregator(CATALOG, StatisticsSettings.defaults());
		MonthlyStatus status = new MonthlyStatus(CATALOG, StatisticsSettings.defaults(), 3, lastYear, withLastYear);
		SplittableRandom random = new SplittableRandom(year);
		for (String municipality : List.of("0301", "4601")) {
			int persons = municipality.equals("0301") ? 400 : 150;
			for (int i = 0; i < persons; i++) {
				List<PersonMonth> facts = person(municipality, "p" + i, year, random);
				int mask = MonthlyStatus.supportMask(facts);
				if ((mask & (0b111 << 9)) != 0) {
					late.put(municipality + "|p" + i, mask);
				}
				List<PersonMonth> toDate = facts.stream().filter((f) -> f.month().getMonthValue() <= 3).toList();
				PersonYears.fromMonths(toDate).ifPresent(aggregator::add);
				status.add(toDate);
			}
		}
		String period = year + "-03";
		List<Cell> cells = new ArrayList<>();
		for (Cell cell : aggregator.cells()) {
			cells.add(new Cell(cell.tableId(), cell.region(), period, cell.dim1(), cell.cat1(), cell.dim2(), cell.cat2(),
					cell.measure(), cell.value(), cell.symbol()));
		}
		cells.addAll(status.cells(year));
		return cells;
	}

	private static List<PersonMonth> person(String municipality, String key, int year, SplittableRandom random) {
		List<PersonMonth> facts = new ArrayList<>();
		String district = municipality.equals("0301") ? "0" + (1 + random.nextInt(3)) : null;
		int birthYear = 1950 + random.nextInt(55);
		for (int m = 1; m <= 12; m++) {
			if (random.nextInt(10) < 4) {
				continue;
			}
			if (district != null && random.nextInt(12) == 0) {
				district = "0" + (1 + random.nextInt(3));
			}
			facts.add(new PersonMonth(municipality, district, YearMonth.of(year, m), key, birthYear,
					String.valueOf(1 + random.nextInt(2)), String.valueOf(1 + random.nextInt(5)), "2", 0, "5", "12", "07",
					"1", "NO", 2000 + random.nextInt(12000), 0, false, m));
		}
		return facts;
	}

}
