package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Measure;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The main key figures over every period in the data, a table and a line chart per indicator. */
final class TimeSeriesSheet {

	static final List<String> MEASURES = List.of("recipients", "mean_months", "share_long_term", "share_main_income_sa",
			"nok_per_recipient", "nok_per_month");

	private static final int CHART_ROWS = 15;

	private final Context context;

	TimeSeriesSheet(Context context) {
		this.context = context;
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		List<String> periods = this.context.data().periods();
		List<String> regions = this.context.municipalities();
		Xl.text(Xl.row(sheet, 0), 0, this.context.m("excel.time_series_sheet.key_figures_over_time"), styles.title);
		Xl.text(Xl.row(sheet, 1), 0, this.context.symbolsNote(), styles.note);
		int chartColumn = regions.size() + 2;
		int r = 3;
		int blocks = 0;
		for (String measureId : MEASURES) {
			if (!this.context.data().catalog().requireTable("key_figures").measures().contains(measureId)) {
				continue;
			}
			Measure measure = this.context.data().catalog().measure(measureId);
			if (blocks++ % 2 == 0 && blocks > 1) {
				sheet.setRowBreak(r - 1);
			}
			int top = r;
			String label = this.context.in(measure.label()) + " (" + this.context.in(measure.unit()) + ")";
			Xl.text(Xl.row(sheet, r++), 0, label, styles.bold);
			Row header = Xl.row(sheet, r++);
			Xl.text(header, 0, this.context.m("excel.time_series_sheet.year"), styles.headerLeft);
			List<Charts.Series> series = new ArrayList<>();
			for (int i = 0; i < regions.size(); i++) {
				String name = this.context.regionName(regions.get(i));
				Xl.text(header, 1 + i, name, styles.header);
				series.add(Charts.Series.column(name, r, r + periods.size() - 1, 1 + i));
			}
			int first = r;
			for (String period : periods) {
				Row row = Xl.row(sheet, r++);
				Xl.text(row, 0, this.context.label(period), styles.text);
				for (int i = 0; i < regions.size(); i++) {
					Xl.value(row, 1 + i, this.context.data().cell("key_figures", regions.get(i), period, null, null, measureId),
							styles, Styles.Format.of(measure.decimals()), false, false);
				}
			}
			Charts.line(sheet, label, new CellRangeAddress(first, r - 1, 0, 0), series,
					new Charts.Place(chartColumn, top, chartColumn + 8, top + CHART_ROWS));
			r = Math.max(r + 1, top + CHART_ROWS + 1);
		}
		sheet.setColumnWidth(0, 12 * 256);
		for (int c = 1; c <= regions.size(); c++) {
			sheet.setColumnWidth(c, 14 * 256);
		}
		Xl.print(sheet, true, chartColumn + 7, r, 0);
	}

}
