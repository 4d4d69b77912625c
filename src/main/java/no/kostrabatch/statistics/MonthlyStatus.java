package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.statistics.internal.Numbers;

/**
 * The table {@code monthly_status} of a year for every month m from January to M: recipients and
 * payments in m, new recipients in m (no support in the three months before, looking into the year
 * before for January–March), and the year to date (January–m): recipients, payments, long-term
 * recipients (support months so far at or above the threshold) and mean support months. For the
 * municipality and the district of the person's latest support month up to m, so a person who moves
 * district counts in the new district from the month of the move. One pass over each person's facts
 * gives every month.
 */
public final class MonthlyStatus {

	public static final String TABLE = "monthly_status";

	private static final int MEASURES = 7;

	private final TableCatalog catalog;

	private final StatisticsSettings settings;

	private final int lastMonth;

	private final Map<String, Integer> previousYearMonths;

	private final Set<String> withPreviousYear;

	private final Map<String, long[][]> sums = new TreeMap<>();

	/**
	 * @param lastMonth M, the last month reported (1..12)
	 * @param previousYearMonths per municipality and person key ({@code NNNN|key}), a bit mask of the
	 * support months of the year before (bit m−1 for month m); only October–December are read
	 * @param withPreviousYear the municipalities whose year before is in the store; for the others, who
	 * is new in January–March cannot be told ({@code ..})
	 */
	public MonthlyStatus(TableCatalog catalog, StatisticsSettings settings, int lastMonth,
			Map<String, Integer> previousYearMonths, Set<String> withPreviousYear) {
		this.catalog = catalog;
		this.settings = settings;
		this.lastMonth = lastMonth;
		this.previousYearMonths = previousYearMonths;
		this.withPreviousYear = Set.copyOf(withPreviousYear);
	}

	/**
	 * One person's facts of the year in one municipality; months after M are left out, but the
	 * municipality has its zeros even when nobody had support up to M.
	 */
	public void add(List<PersonMonth> facts) {
		if (!facts.isEmpty()) {
			this.sums.computeIfAbsent(facts.get(0).municipality(), (r) -> new long[this.lastMonth + 1][MEASURES]);
		}
		SupportMonths months = new SupportMonths(facts, this.lastMonth);
		int mask = 0;
		int supportMonths = 0;
		int latest = 0;
		long paidSoFar = 0;
		for (int m = 1; m <= this.lastMonth; m++) {
			paidSoFar += months.amount(m);
			boolean supported = months.supported(m);
			if (supported) {
				mask |= 1 << (m - 1);
				supportMonths++;
				latest = m;
			}
			if (latest == 0) {
				continue;
			}
			PersonMonth at = months.attributes(latest);
			boolean isNew = supported && !supportedBefore(m, mask, at);
			for (String region : regions(at)) {
				long[] s = this.sums.computeIfAbsent(region, (r) -> new long[this.lastMonth + 1][MEASURES])[m];
				s[0] += supported ? 1 : 0;
				s[1] += isNew ? 1 : 0;
				s[2] += supported ? months.amount(m) : 0;
				s[3] += 1;
				s[4] += paidSoFar;
				s[5] += (supportMonths >= this.settings.longTermThreshold()) ? 1 : 0;
				s[6] += supportMonths;
			}
		}
	}

	private static List<String> regions(PersonMonth at) {
		List<String> regions = new ArrayList<>(List.of(at.municipality()));
		String district = Regions.knownDistrict(at.municipality(), at.district());
		if (district != null) {
			regions.add(at.municipality() + district);
		}
		return regions;
	}

	private boolean supportedBefore(int month, int mask, PersonMonth person) {
		for (int back = 1; back <= 3; back++) {
			int m = month - back;
			if (m >= 1 && (mask & (1 << (m - 1))) != 0) {
				return true;
			}
			if (m < 1) {
				int before = this.previousYearMonths.getOrDefault(person.municipality() + "|" + person.personKey(), 0);
				if ((before & (1 << (m + 12 - 1))) != 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The cells of {@code year}, periods {@code YYYY-01} to {@code YYYY-MM}, for every region with a
	 * recipient in some month up to M; a month without any is zero (its mean is not applicable).
	 */
	public List<Cell> cells(int year) {
		List<Cell> cells = new ArrayList<>();
		TableDefinition table = this.catalog.table(TABLE).orElse(null);
		if (table == null) {
			return cells;
		}
		this.sums.forEach((region, months) -> {
			for (int m = 1; m <= this.lastMonth; m++) {
				long[] s = months[m];
				String period = Period.ofMonth(YearMonth.of(year, m)).toString();
				boolean newUnknown = m <= 3 && !this.withPreviousYear.contains(Region.of(region).municipalityCode());
				for (String measure : table.measures()) {
					Cell cell = Cell.of(TABLE, region, period, null, null, null, null, measure, BigDecimal.ZERO);
					if (newUnknown && "new_recipients_month".equals(measure)) {
						cells.add(cell.withSymbol(Symbol.MISSING));
						continue;
					}
					BigDecimal value = value(measure, s);
					cells.add((value != null) ? cell.withValue(value) : cell.withSymbol(Symbol.NOT_APPLICABLE));
				}
			}
		});
		return cells;
	}

	private static BigDecimal value(String measure, long[] s) {
		return switch (measure) {
			case "recipients_month" -> Numbers.count(s[0]);
			case "new_recipients_month" -> Numbers.count(s[1]);
			case "nok_month" -> Numbers.count(s[2]);
			case "recipients_ytd" -> Numbers.count(s[3]);
			case "nok_ytd" -> Numbers.count(s[4]);
			case "long_term_ytd" -> Numbers.count(s[5]);
			case "mean_months_ytd" -> Numbers.ratio(s[6], s[3], 1, 1);
			default -> throw new IllegalArgumentException("monthly_status has no rule for " + measure);
		};
	}

	/**
	 * Whether a table has the months of {@code monthly_status} as periods: the table itself, or one
	 * derived from it (its changes).
	 */
	public static boolean monthByMonth(TableCatalog catalog, String tableId) {
		return TABLE.equals(tableId)
				|| catalog.table(tableId).map((t) -> TABLE.equals(t.derivedFrom())).orElse(false);
	}

	/** The support months of one person's facts of a year, bit m−1 for month m (0 when none). */
	public static int supportMask(List<PersonMonth> facts) {
		return PersonYears.fromMonths(facts).map(PersonYear::monthMask).orElse(0);
	}

}
