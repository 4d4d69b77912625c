package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.staging.FactStore;

/**
 * The first stage: every table of the catalogue for the given municipalities, for the reporting year
 * and every earlier year the store holds (the time series). Streams the store one person at a time,
 * each year once: a monthly period counts the year to date from the facts up to its month, and keeps
 * each person's October–December for the new recipients of the next year's first months.
 */
final class Counting {

	private final FactStore store;

	private final TableCatalog catalog;

	private final StatisticsSettings settings;

	private final Regions regions;

	private final AtomicLong factsRead = new AtomicLong();

	private final AtomicLong factsToRead = new AtomicLong();

	Counting(FactStore store, TableCatalog catalog, StatisticsSettings settings, Regions regions) {
		this.store = store;
		this.catalog = catalog;
		this.settings = settings;
		this.regions = regions;
	}

	/** The cells of each year up to the period's (labelled with the period's month in a monthly run). */
	SortedMap<Integer, List<Cell>> count(List<Region> municipalities, Period period) {
		int year = period.year();
		this.factsRead.set(0);
		this.factsToRead.set(this.store.finishedFacts(year));
		int lastMonth = period.lastMonth();
		boolean monthly = period.isMonthly();
		Map<String, List<String>> numbers = numbersOf(municipalities);
		TreeSet<Integer> years = new TreeSet<>();
		Map<String, Set<Integer>> yearsOf = new HashMap<>();
		numbers.forEach((municipality, codes) -> codes.forEach((code) -> this.store.years(code)
			.stream()
			.filter((y) -> y <= year)
			.forEach((y) -> {
				years.add(y);
				yearsOf.computeIfAbsent(municipality, (k) -> new HashSet<>()).add(y);
			})));
		SortedMap<Integer, List<Cell>> byYear = new TreeMap<>();
		Map<String, Integer> lateMonths = Map.of();
		for (int y : years) {
			Aggregator aggregator = new Aggregator(this.catalog, this.settings);
			int before = y - 1;
			Set<String> withPreviousYear = yearsOf.entrySet()
				.stream()
				.filter((e) -> e.getValue().contains(before))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			MonthlyStatus status = monthly ? new MonthlyStatus(this.catalog, this.settings, lastMonth,
					years.contains(before) ? lateMonths : Map.of(), withPreviousYear) : null;
			Map<String, Integer> late = new HashMap<>();
			for (Map.Entry<String, List<String>> municipality : numbers.entrySet()) {
				for (String code : municipality.getValue()) {
					this.store.forEachPerson(code, y, monthly ? 12 : lastMonth, (facts) -> {
						this.factsRead.addAndGet(facts.size());
						List<PersonMonth> toDate = upTo(facts, lastMonth);
						PersonYears.fromMonths(toDate)
							.map((p) -> renumbered(p, municipality.getKey()))
							.ifPresent(aggregator::add);
						if (status != null) {
							rememberLateMonths(late, municipality.getKey(), facts);
							if (code.equals(municipality.getKey())) {
								status.add(facts);
							}
						}
					});
				}
			}
			lateMonths = late;
			String label = period.inYear(y).toString();
			List<Cell> cells = new ArrayList<>(aggregator.cells().stream().map((c) -> relabel(c, label)).toList());
			if (status != null) {
				cells.addAll(status.cells(y));
			}
			byYear.put(y, cells);
		}
		return byYear;
	}

	/** Person-months read so far by the running count. */
	long factsRead() {
		return this.factsRead.get();
	}

	/** Share of the store's person-months up to the year that are read, 0..1. */
	double progress() {
		long total = this.factsToRead.get();
		return (total == 0) ? 0 : Math.min(1.0, (double) this.factsRead.get() / total);
	}

	private static List<PersonMonth> upTo(List<PersonMonth> facts, int lastMonth) {
		for (PersonMonth fact : facts) {
			if (fact.month().getMonthValue() > lastMonth) {
				return facts.stream().filter((f) -> f.month().getMonthValue() <= lastMonth).toList();
			}
		}
		return facts;
	}

	/** A person's support months of the year when October–December has one (new recipients early next year). */
	private static void rememberLateMonths(Map<String, Integer> late, String municipality, List<PersonMonth> facts) {
		int mask = MonthlyStatus.supportMask(facts);
		if ((mask & (0b111 << 9)) != 0) {
			late.merge(municipality + "|" + facts.get(0).personKey(), mask, (a, b) -> a | b);
		}
	}

	/** Each municipality with the numbers it had before (e.g. 4601 ← 1201), so its series goes on. */
	private Map<String, List<String>> numbersOf(List<Region> municipalities) {
		Map<String, List<String>> numbers = new TreeMap<>();
		for (Region municipality : municipalities) {
			String current = this.regions.current(municipality.code());
			List<String> codes = numbers.computeIfAbsent(current, (c) -> new ArrayList<>());
			for (String code : this.regions.formerNumbers(current)) {
				if (!codes.contains(code)) {
					codes.add(code);
				}
			}
		}
		return numbers;
	}

	private static PersonYear renumbered(PersonYear p, String municipality) {
		if (p.municipality().equals(municipality)) {
			return p;
		}
		return new PersonYear(municipality, p.district(), p.year(), p.personKey(), p.birthYear(), p.gender(),
				p.civilStatus(), p.childrenFlag(), p.childrenCount(), p.incomeSource(), p.benefitType(),
				p.workSituation(), p.housing(), p.citizenship(), p.supportMonths(), p.latestMonth(), p.monthMask(),
				p.bidrag(), p.laan());
	}

	private static Cell relabel(Cell cell, String period) {
		return cell.period().equals(period) ? cell : new Cell(cell.tableId(), cell.region(), period, cell.dim1(),
				cell.cat1(), cell.dim2(), cell.cat2(), cell.measure(), cell.value(), cell.symbol());
	}

}
