package no.kostrabatch.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/** The sums behind {@code key_figures} for one region, and the indicators computed from them. */
public final class KeyFigures {

	private final Tally all = new Tally();

	private final Tally age18to24 = new Tally();

	private final Tally age25to66 = new Tally();

	private final Tally age18to66 = new Tally();

	private final Tally mainIncomeSa = new Tally();

	private final Tally longTerm = new Tally();

	private final Tally longTermMainIncomeSa = new Tally();

	private final Tally months10to12 = new Tally();

	private final Tally fullYear = new Tally();

	private final Tally providers = new Tally();

	private long knownIncomeSource;

	private long knownCitizenship;

	private long foreign;

	private long bidrag;

	private long laan;

	public void add(PersonYear p, StatisticsSettings settings, Classifier classifier) {
		Integer children = Classifier.childrenSupported(p);
		long kids = (children != null) ? children : 0;
		add(this.all, p, kids);
		Integer age = p.age();
		if (age != null && age >= 18 && age <= 24) {
			add(this.age18to24, p, kids);
		}
		if (age != null && age >= 25 && age <= 66) {
			add(this.age25to66, p, kids);
		}
		if (age != null && age >= 18 && age <= 66) {
			add(this.age18to66, p, kids);
		}
		String income = classifier.code("income_source", p);
		boolean sa = "5".equals(income);
		boolean isLongTerm = p.supportMonths() >= settings.longTermThreshold();
		if (!"unknown".equals(income)) {
			this.knownIncomeSource++;
		}
		if (sa) {
			add(this.mainIncomeSa, p, kids);
		}
		if (isLongTerm) {
			add(this.longTerm, p, kids);
		}
		if (isLongTerm && sa) {
			add(this.longTermMainIncomeSa, p, kids);
		}
		if (p.supportMonths() >= 10) {
			add(this.months10to12, p, kids);
		}
		if (p.supportMonths() == 12) {
			add(this.fullYear, p, kids);
		}
		if (kids > 0) {
			add(this.providers, p, kids);
		}
		String citizenship = classifier.code("citizenship", p);
		if (!"unknown".equals(citizenship)) {
			this.knownCitizenship++;
			if ("foreign".equals(citizenship)) {
				this.foreign++;
			}
		}
		this.bidrag += p.bidrag();
		this.laan += p.laan();
	}

	private static void add(Tally tally, PersonYear p, long children) {
		tally.add(p.supportMonths(), p.nok(), children);
	}

	public List<Cell> cells(TableDefinition table, TableCatalog catalog, String region, String period) {
		List<Cell> cells = new ArrayList<>();
		for (String measure : table.measures()) {
			int d = catalog.measure(measure).decimals();
			BigDecimal value = value(measure, d);
			Cell cell = new Cell(table.id(), region, period, null, null, null, null, measure, BigDecimal.ZERO, null);
			cells.add((value != null) ? cell.withValue(value) : cell.withSymbol(symbolFor(measure)));
		}
		return cells;
	}

	private Symbol symbolFor(String measure) {
		if (measure.startsWith("share_pop_") || "per_1000_pop".equals(measure)) {
			return Symbol.MISSING;
		}
		return "share_foreign".equals(measure) && this.knownCitizenship == 0 ? Symbol.MISSING : Symbol.NOT_APPLICABLE;
	}

	private BigDecimal value(String measure, int d) {
		long n = this.all.recipients;
		return switch (measure) {
			case "recipients" -> Numbers.count(n);
			case "recipients_18_24" -> Numbers.count(this.age18to24.recipients);
			case "recipients_25_66" -> Numbers.count(this.age25to66.recipients);
			case "recipients_18_66" -> Numbers.count(this.age18to66.recipients);
			case "main_income_sa" -> Numbers.count(this.mainIncomeSa.recipients);
			case "share_main_income_sa" -> Numbers.ratio(this.mainIncomeSa.recipients, this.knownIncomeSource, 100, d);
			case "long_term" -> Numbers.count(this.longTerm.recipients);
			case "share_long_term" -> Numbers.ratio(this.longTerm.recipients, n, 100, d);
			case "long_term_main_income_sa" -> Numbers.count(this.longTermMainIncomeSa.recipients);
			case "share_long_term_main_income_sa" -> Numbers.ratio(this.longTermMainIncomeSa.recipients, n, 100, d);
			case "months_10_12" -> Numbers.count(this.months10to12.recipients);
			case "share_months_10_12" -> Numbers.ratio(this.months10to12.recipients, n, 100, d);
			case "full_year" -> Numbers.count(this.fullYear.recipients);
			case "share_full_year" -> Numbers.ratio(this.fullYear.recipients, n, 100, d);
			case "mean_months" -> Numbers.ratio(this.all.supportMonths, n, 1, d);
			case "mean_months_18_24" -> Numbers.ratio(this.age18to24.supportMonths, this.age18to24.recipients, 1, d);
			case "mean_months_25_66" -> Numbers.ratio(this.age25to66.supportMonths, this.age25to66.recipients, 1, d);
			case "mean_months_main_income_sa" ->
				Numbers.ratio(this.mainIncomeSa.supportMonths, this.mainIncomeSa.recipients, 1, d);
			case "support_months" -> Numbers.count(this.all.supportMonths);
			case "nok" -> Numbers.count(this.all.nok);
			case "nok_bidrag" -> Numbers.count(this.bidrag);
			case "nok_laan" -> Numbers.count(this.laan);
			case "nok_per_recipient" -> Numbers.ratio(this.all.nok, n, 1, d);
			case "nok_per_month" -> Numbers.ratio(this.all.nok, this.all.supportMonths, 1, d);
			case "providers" -> Numbers.count(this.providers.recipients);
			case "children" -> Numbers.count(this.all.children);
			case "foreign" -> Numbers.count(this.foreign);
			case "share_foreign" -> Numbers.ratio(this.foreign, this.knownCitizenship, 100, d);
			case "share_pop_18_66", "share_pop_18_24", "share_pop_25_66", "per_1000_pop" -> null;
			default -> throw new IllegalArgumentException("key_figures has no rule for " + measure);
		};
	}

}
