package no.kostrabatch.report.excel;

import no.kostrabatch.report.Months;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.MonthlyStatus;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A municipality's {@code monthly_status} month by month: January to M down; for each measure this
 * year, the same month last year and the change (the cells of {@code monthly_status_change}) side by side (this year only when the store has no
 * last year); the run's month in bold. Below, line charts of the recipients in each month and of
 * the recipients so far, and columns of the payments in each month, this year against last year.
 */
final class MonthByMonthSheet {

	static final int FIRST_ROW = 6;

	private static final int CHART_ROWS = 18;

	private final Context context;

	private final String region;

	private final int year;

	private final int lastMonth;

	private final boolean withPrevious;

	private final List<String> measures;

	MonthByMonthSheet(Context context, String region) {
		this.context = context;
		this.region = region;
		this.year = Months.year(context.period());
		this.lastMonth = Months.month(context.period());
		this.withPrevious = !context.data().monthlyPeriods(this.year - 1).isEmpty();
		this.measures = context.data().catalog().requireTable(MonthlyStatus.TABLE).measures();
	}

	/** The columns per measure: this year, and last year with the change when there is one. */
	int per() {
		return this.withPrevious ? 3 : 1;
	}

	/** The column of a measure's value this year ({@code offset} 0), last year (1) or the change (2). */
	int column(String measure, int offset) {
		return 1 + per() * this.measures.indexOf(measure) + offset;
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		String name = this.context.regionName(this.region);
		Xl.text(Xl.row(sheet, 0), 0, this.context.m("excel.month_by_month_sheet.month_by_month", this.year, name),
				styles.title);
		Xl.text(Xl.row(sheet, 1), 0, this.context.mark(), styles.mark);
		Xl.text(Xl.row(sheet, 2), 0, note(), styles.note);
		header(sheet);
		for (int m = 1; m <= this.lastMonth; m++) {
			boolean current = m == this.lastMonth;
			Row row = Xl.row(sheet, FIRST_ROW + m - 1);
			Xl.text(row, 0, Months.name(m, this.context.lang()), styles.label(current));
			for (String measure : this.measures) {
				Styles.Format format = format(measure);
				Optional<Cell> now = cell(Months.period(this.year, m), measure);
				Xl.value(row, column(measure, 0), now, styles, format, current, false);
				if (this.withPrevious) {
					Optional<Cell> before = cell(Months.period(this.year - 1, m), measure);
					Xl.value(row, column(measure, 1), before, styles, format, current, false);
					Xl.change(row, column(measure, 2), change(Months.period(this.year, m), measure), styles, format, current);
				}
			}
		}
		int last = FIRST_ROW + this.lastMonth - 1;
		int lastColumn = per() * this.measures.size();
		sheet.setColumnWidth(0, 12 * 256);
		for (String measure : this.measures) {
			int width = measure.startsWith("nok") ? 14 : 10;
			for (int offset = 0; offset < per(); offset++) {
				sheet.setColumnWidth(column(measure, offset), width * 256);
			}
		}
		sheet.createFreezePane(1, FIRST_ROW);
		int end = charts(sheet, last + 2, lastColumn);
		Xl.print(sheet, true, lastColumn, end, 0);
	}

	private void header(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		Xl.text(Xl.row(sheet, 4), 0, "", styles.headerLeft);
		Xl.text(Xl.row(sheet, 5), 0, this.context.m("excel.month_by_month_sheet.month"), styles.headerLeft);
		for (String measure : this.measures) {
			Xl.header(sheet, 4, column(measure, 0), per(), label(measure), styles.header);
			Xl.text(Xl.row(sheet, 5), column(measure, 0), String.valueOf(this.year), styles.header);
			if (this.withPrevious) {
				Xl.text(Xl.row(sheet, 5), column(measure, 1), String.valueOf(this.year - 1), styles.header);
				Xl.text(Xl.row(sheet, 5), column(measure, 2), this.context.m("excel.month_by_month_sheet.change"), styles.header);
			}
		}
		Xl.row(sheet, 4).setHeightInPoints(this.withPrevious ? 28 : 56);
	}

	private int charts(XSSFSheet sheet, int top, int lastColumn) {
		CellRangeAddress months = new CellRangeAddress(FIRST_ROW, FIRST_ROW + this.lastMonth - 1, 0, 0);
		int perRow = this.withPrevious ? 3 : 2;
		int span = Math.max(4, (lastColumn + 1) / perRow);
		String name = this.context.regionName(this.region);
		List<String> charted = List.of("recipients_month", "nok_month", "recipients_ytd");
		for (int i = 0; i < charted.size(); i++) {
			String measure = charted.get(i);
			Charts.Place place = new Charts.Place((i % perRow) * span, top + (i / perRow) * (CHART_ROWS + 1),
					(i % perRow) * span + span, top + (i / perRow) * (CHART_ROWS + 1) + CHART_ROWS);
			List<Charts.Series> series = new ArrayList<>();
			series.add(Charts.Series.column(String.valueOf(this.year), FIRST_ROW, FIRST_ROW + this.lastMonth - 1,
					column(measure, 0)));
			if (this.withPrevious) {
				series.add(Charts.Series.column(String.valueOf(this.year - 1), FIRST_ROW, FIRST_ROW + this.lastMonth - 1,
						column(measure, 1)));
			}
			String title = label(measure) + " – " + name;
			if (measure.startsWith("nok")) {
				Charts.bar(sheet, title, months, series, place, false);
			}
			else {
				Charts.line(sheet, title, months, series, place);
			}
		}
		int rows = (charted.size() + perRow - 1) / perRow;
		return top + rows * (CHART_ROWS + 1);
	}

	private String note() {
		String span = Months.span(this.year, this.lastMonth, this.context.lang());
		String each = this.withPrevious
				? this.context.m("excel.month_by_month_sheet.each_month_beside_the_same_months_of", span, (this.year - 1))
				: this.context.m("excel.month_by_month_sheet.each_month_new_recipients_support", span);
		return each + this.context.symbolsNote();
	}

	String label(String measure) {
		Measure m = this.context.data().catalog().measure(measure);
		String label = this.context.in(m.label());
		return measure.startsWith("nok") || measure.startsWith("mean") ? label + " (" + this.context.in(m.unit()) + ")"
				: label;
	}

	static Styles.Format format(String measure) {
		return measure.startsWith("mean") ? Styles.Format.DECIMAL : Styles.Format.COUNT;
	}

	private Optional<Cell> cell(String period, String measure) {
		return this.context.data().cell(MonthlyStatus.TABLE, this.region, period, null, null, measure);
	}

	/** The published change of a measure from the same month last year ({@code monthly_status_change}). */
	private Optional<Cell> change(String period, String measure) {
		return this.context.data().cell(KeyFigureChange.MONTHLY_TABLE, this.region, period, measure, null, "change");
	}

}
