package no.kostrabatch.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.statistics.internal.Numbers;

/**
 * The table {@code monthly_status} for a month M: recipients and payments in M, new recipients in M
 * (no support in the three months before, looking into the year before for January–March), and the
 * year to date (January–M): recipients, payments, long-term recipients (support months so far at or
 * above the threshold) and mean support months. For the municipality and the district of the
 * person's latest support month.
 */
public final class MonthlyStatus {

	public static final String TABLE = "monthly_status";

	private final TableCatalog catalog;

	private final StatisticsSettings settings;

	private final int month;

	private final Map<String, Integer> previousYearMonths;

	private final Map<String, long[]> sums = new TreeMap<>();

	/**
	 * @param previousYearMonths per municipality and person key ({@code NNNN|key}), a bit mask of the
	 * support months of the year before (bit m−1 for month m); only needed for January–March
	 */
	public MonthlyStatus(TableCatalog catalog, StatisticsSettings settings, int month,
			Map<String, Integer> previousYearMonths) {
		this.catalog = catalog;
		this.settings = settings;
		this.month = month;
		this.previousYearMonths = previousYearMonths;
	}

	/** One person's facts of the year, months up to M. */
	public void add(List<PersonMonth> facts) {
		PersonYear p = PersonYears.fromMonths(facts).orElse(null);
		if (p == null) {
			return;
		}
		long inMonth = 0;
		for (PersonMonth fact : facts) {
			if (fact.month().getMonthValue() == this.month) {
				inMonth += fact.amount();
			}
		}
		boolean supported = p.supportedIn(this.month);
		boolean isNew = supported && !supportedBefore(p);
		List<String> regions = new ArrayList<>(List.of(p.municipality()));
		if (p.district() != null && !p.district().isBlank()) {
			regions.add(p.municipality() + p.district());
		}
		for (String region : regions) {
			long[] s = this.sums.computeIfAbsent(region, (r) -> new long[7]);
			s[0] += supported ? 1 : 0;
			s[1] += isNew ? 1 : 0;
			s[2] += supported ? inMonth : 0;
			s[3] += 1;
			s[4] += p.nok();
			s[5] += (p.supportMonths() >= this.settings.longTermThreshold()) ? 1 : 0;
			s[6] += p.supportMonths();
		}
	}

	private boolean supportedBefore(PersonYear p) {
		for (int back = 1; back <= 3; back++) {
			int m = this.month - back;
			if (m >= 1 && p.supportedIn(m)) {
				return true;
			}
			if (m < 1) {
				int mask = this.previousYearMonths.getOrDefault(p.municipality() + "|" + p.personKey(), 0);
				if ((mask & (1 << (m + 12 - 1))) != 0) {
					return true;
				}
			}
		}
		return false;
	}

	public List<Cell> cells(String period) {
		List<Cell> cells = new ArrayList<>();
		TableDefinition table = this.catalog.table(TABLE).orElse(null);
		if (table == null) {
			return cells;
		}
		this.sums.forEach((region, s) -> {
			for (String measure : table.measures()) {
				BigDecimal value = switch (measure) {
					case "recipients_month" -> Numbers.count(s[0]);
					case "new_recipients_month" -> Numbers.count(s[1]);
					case "nok_month" -> Numbers.count(s[2]);
					case "recipients_ytd" -> Numbers.count(s[3]);
					case "nok_ytd" -> Numbers.count(s[4]);
					case "long_term_ytd" -> Numbers.count(s[5]);
					case "mean_months_ytd" -> Numbers.ratio(s[6], s[3], 1, 1);
					default -> throw new IllegalArgumentException("monthly_status has no rule for " + measure);
				};
				cells.add(Cell.of(TABLE, region, period, null, null, null, null, measure, value));
			}
		});
		return cells;
	}

}
