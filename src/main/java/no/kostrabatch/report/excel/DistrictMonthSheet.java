package no.kostrabatch.report.excel;

import no.kostrabatch.report.Months;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.Regions;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A municipality's districts in the run's month: districts down, the month and the year to date
 * across, then the recipients in the same month and so far last year with the changes (the cells of
 * {@code monthly_status_change}); the
 * municipality as the total row. A bar chart of the recipients by district below.
 */
final class DistrictMonthSheet {

	static final int FIRST_ROW = 6;

	private static final List<String> COMPARED = List.of("recipients_month", "recipients_ytd");

	private final Context context;

	private final String municipality;

	private final List<String> districts;

	private final List<String> measures;

	private final String previous;

	DistrictMonthSheet(Context context, String municipality, List<String> districts) {
		this.context = context;
		this.municipality = municipality;
		this.districts = districts;
		this.measures = context.data().catalog().requireTable(MonthlyStatus.TABLE).measures();
		String before = Months.lastYear(context.period());
		this.previous = context.data().monthlyPeriods(Months.year(before)).contains(before) ? before : null;
	}

	/** The districts of a municipality with monthly status cells in the run's month or the same month last year. */
	static List<String> districts(Context context, String municipality) {
		String before = Months.lastYear(context.period());
		return context.data()
			.regionCodes()
			.stream()
			.filter((r) -> Regions.isDistrict(r) && Regions.municipalityOf(r).equals(municipality))
			.filter((r) -> has(context, r, context.period()) || has(context, r, before))
			.toList();
	}

	private static boolean has(Context context, String region, String period) {
		return context.data().cell(MonthlyStatus.TABLE, region, period, null, null, "recipients_ytd").isPresent();
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		int year = Months.year(this.context.period());
		int month = Months.month(this.context.period());
		String name = this.context.regionName(this.municipality);
		String title = this.context.m("excel.district_month_sheet.districts", Months.inText(year, month, this.context.lang()),
				name);
		Xl.text(Xl.row(sheet, 0), 0, title, styles.title);
		Xl.text(Xl.row(sheet, 1), 0, this.context.mark(), styles.mark);
		Xl.text(Xl.row(sheet, 2), 0, this.context.m("excel.district_month_sheet.the_district_is_that_of")
				+ this.context.symbolsNote(), styles.note);
		header(sheet, year, month);
		int r = FIRST_ROW;
		for (String district : this.districts) {
			row(sheet, r++, district, this.context.districtName(district), false);
		}
		row(sheet, r++, this.municipality, this.context.m("excel.district_month_sheet.total", name), true);
		int last = r - 1;
		sheet.setColumnWidth(0, 28 * 256);
		for (int c = 1; c <= lastColumn(); c++) {
			sheet.setColumnWidth(c, 12 * 256);
		}
		sheet.setColumnWidth(column("nok_month"), 14 * 256);
		sheet.setColumnWidth(column("nok_ytd"), 15 * 256);
		sheet.setColumnWidth(column("long_term_ytd"), 17 * 256);
		sheet.setColumnWidth(column("mean_months_ytd"), 14 * 256);
		sheet.createFreezePane(1, FIRST_ROW);
		int chartTop = last + 2;
		int chartRows = Math.max(16, 6 + (this.districts.size() * 3) / 2);
		List<Charts.Series> series = new ArrayList<>();
		for (String measure : COMPARED) {
			series.add(Charts.Series.column(this.context.in(this.context.data().catalog().measure(measure).label()),
					FIRST_ROW, last - 1, column(measure)));
		}
		if (!this.districts.isEmpty()) {
			Charts.bar(sheet, this.context.m("excel.district_month_sheet.recipients_by_district",
					Months.inText(Months.year(this.context.period()), Months.month(this.context.period()), this.context.lang()), name), new CellRangeAddress(FIRST_ROW, last - 1, 0, 0), series,
					new Charts.Place(0, chartTop, Math.min(lastColumn() + 1, 9), chartTop + chartRows), true);
		}
		Xl.print(sheet, true, lastColumn(), chartTop + chartRows, 0);
	}

	private void header(XSSFSheet sheet, int year, int month) {
		Styles styles = this.context.styles();
		Xl.text(Xl.row(sheet, 4), 0, "", styles.headerLeft);
		Xl.text(Xl.row(sheet, 5), 0, this.context.m("excel.district_month_sheet.district"), styles.headerLeft);
		int monthColumns = (int) this.measures.stream().filter((m) -> m.endsWith("_month")).count();
		Xl.header(sheet, 4, 1, monthColumns, Months.name(month, this.context.lang()) + " " + year, styles.header);
		Xl.header(sheet, 4, 1 + monthColumns, this.measures.size() - monthColumns,
				this.context.m("excel.district_month_sheet.year_to_date", year), styles.header);
		if (this.previous != null) {
			Xl.header(sheet, 4, 1 + this.measures.size(), 2 * COMPARED.size(),
					this.context.m("excel.district_month_sheet.same_period_last_year", year - 1), styles.header);
		}
		for (String measure : this.measures) {
			Xl.text(Xl.row(sheet, 5), column(measure), shortLabel(measure), styles.header);
		}
		if (this.previous != null) {
			for (int i = 0; i < COMPARED.size(); i++) {
				String label = this.context.in(this.context.data().catalog().measure(COMPARED.get(i)).label());
				Xl.text(Xl.row(sheet, 5), previousColumn(i), label + " " + (year - 1), styles.header);
				Xl.text(Xl.row(sheet, 5), previousColumn(i) + 1, this.context.m("excel.district_month_sheet.change"), styles.header);
			}
		}
		Xl.row(sheet, 5).setHeightInPoints(40);
	}

	private void row(XSSFSheet sheet, int index, String region, String label, boolean total) {
		Styles styles = this.context.styles();
		Row row = Xl.row(sheet, index);
		Xl.text(row, 0, label, styles.label(total));
		for (String measure : this.measures) {
			Xl.value(row, column(measure), cell(region, this.context.period(), measure), styles,
					MonthByMonthSheet.format(measure), total, false);
		}
		if (this.previous != null) {
			for (int i = 0; i < COMPARED.size(); i++) {
				Optional<Cell> before = cell(region, this.previous, COMPARED.get(i));
				Xl.value(row, previousColumn(i), before, styles, Styles.Format.COUNT, total, false);
				Xl.change(row, previousColumn(i) + 1, change(region, COMPARED.get(i)), styles, Styles.Format.COUNT, total);
			}
		}
	}

	/** A measure's header under its group (the month, or the year to date). */
	private String shortLabel(String measure) {
		return switch (measure) {
			case "recipients_month", "recipients_ytd" -> this.context.m("excel.district_month_sheet.recipients");
			case "new_recipients_month" -> this.context.m("excel.district_month_sheet.new_recipients");
			case "nok_month", "nok_ytd" -> this.context.m("excel.district_month_sheet.paid_nok");
			case "long_term_ytd" -> this.context.m("excel.district_month_sheet.long_term_recipients");
			case "mean_months_ytd" -> this.context.m("excel.district_month_sheet.mean_duration_months");
			default -> this.context.in(this.context.data().catalog().measure(measure).label());
		};
	}

	int column(String measure) {
		return 1 + this.measures.indexOf(measure);
	}

	/** The column of last year's value of the i-th compared measure; its change is the next. */
	int previousColumn(int i) {
		return 1 + this.measures.size() + 2 * i;
	}

	private int lastColumn() {
		return this.measures.size() + ((this.previous != null) ? 2 * COMPARED.size() : 0);
	}

	private Optional<Cell> cell(String region, String period, String measure) {
		return this.context.data().cell(MonthlyStatus.TABLE, region, period, null, null, measure);
	}

	/** The published change of a measure in the run's month from the same month last year ({@code monthly_status_change}). */
	private Optional<Cell> change(String region, String measure) {
		return this.context.data()
			.cell(KeyFigureChange.MONTHLY_TABLE, region, this.context.period(), measure, null, "change");
	}

}
