package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The key figures: one row per indicator (label and unit), for each municipality the previous
 * period, this one and the change (the cells of the table of changes derived from the table, such as
 * {@code key_figures_change}: in percentage points for shares). Below, the shares side by side with
 * a bar chart.
 */
final class KeyFiguresSheet {

	private final Context context;

	private final TableDefinition table;

	private final List<String> periods;

	private final Optional<TableDefinition> changeTable;

	KeyFiguresSheet(Context context, TableDefinition table) {
		this.context = context;
		this.table = table;
		this.changeTable = KeyFigureChange.changeTableOf(table.id(), context.data().catalog());
		this.periods = (context.previous() != null) ? List.of(context.previous(), context.period())
				: List.of(context.period());
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		List<String> regions = this.context.municipalities();
		int per = this.periods.size() + ((this.periods.size() > 1) ? 1 : 0);
		Xl.text(Xl.row(sheet, 0), 0, this.context.in(this.table.title()) + " " + this.context.label(this.context.period()), styles.title);
		Xl.text(Xl.row(sheet, 1), 0, this.context.symbolsNote(), styles.note);
		Xl.text(Xl.row(sheet, 3), 0, "", styles.headerLeft);
		Xl.text(Xl.row(sheet, 3), 1, "", styles.headerLeft);
		Xl.text(Xl.row(sheet, 4), 0, this.context.m("excel.key_figures_sheet.key_figure"), styles.headerLeft);
		Xl.text(Xl.row(sheet, 4), 1, this.context.m("excel.key_figures_sheet.unit"), styles.headerLeft);
		for (int i = 0; i < regions.size(); i++) {
			int column = 2 + per * i;
			Xl.header(sheet, 3, column, per, this.context.regionName(regions.get(i)), styles.header);
			for (int p = 0; p < this.periods.size(); p++) {
				Xl.text(Xl.row(sheet, 4), column + p, this.context.label(this.periods.get(p)), styles.header);
			}
			if (per > this.periods.size()) {
				Xl.text(Xl.row(sheet, 4), column + per - 1, this.context.m("excel.key_figures_sheet.change"), styles.header);
			}
		}
		int r = 5;
		for (String measureId : this.table.measures()) {
			Measure measure = this.context.data().catalog().measure(measureId);
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, this.context.in(measure.label()), styles.text);
			Xl.text(row, 1, this.context.in(measure.unit()), styles.text);
			Styles.Format format = Styles.Format.of(measure.decimals());
			for (int i = 0; i < regions.size(); i++) {
				int column = 2 + per * i;
				for (int p = 0; p < this.periods.size(); p++) {
					Xl.value(row, column + p, cell(regions.get(i), this.periods.get(p), measureId), styles, format, false,
							false);
				}
				if (per > this.periods.size()) {
					Xl.change(row, column + per - 1, change(regions.get(i), measureId), styles, format, false);
				}
			}
		}
		sheet.createFreezePane(2, 5);
		sheet.setColumnWidth(0, 52 * 256);
		sheet.setColumnWidth(1, 11 * 256);
		for (int c = 2; c < 2 + per * regions.size(); c++) {
			sheet.setColumnWidth(c, 12 * 256);
		}
		int end = shares(sheet, r + 1);
		Xl.print(sheet, true, Math.max(1 + per * regions.size(), 10), end, 5);
	}

	/** Shares of this period, a column per municipality (and the previous period first for a single one). */
	private int shares(XSSFSheet sheet, int start) {
		Styles styles = this.context.styles();
		List<String> regions = this.context.municipalities();
		List<String[]> columns = new ArrayList<>();
		if (regions.size() == 1 && this.context.previous() != null) {
			columns.add(new String[] { regions.get(0), this.context.previous() });
		}
		for (String region : regions) {
			columns.add(new String[] { region, this.context.period() });
		}
		List<String> shares = this.table.measures().stream().filter((m) -> m.startsWith("share_")).toList();
		if (shares.isEmpty()) {
			return start;
		}
		sheet.setRowBreak(start - 1);
		Xl.text(Xl.row(sheet, start), 0, this.context.m("excel.key_figures_sheet.shares_percent"), styles.bold);
		Row header = Xl.row(sheet, start + 1);
		Xl.text(header, 0, this.context.m("excel.key_figures_sheet.share"), styles.headerLeft);
		Xl.text(header, 1, "", styles.headerLeft);
		List<Charts.Series> series = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String name = (regions.size() == 1) ? this.context.label(columns.get(i)[1])
					: this.context.regionName(columns.get(i)[0]);
			Xl.text(header, 2 + i, name, styles.header);
			series.add(Charts.Series.column(name, start + 2, start + 1 + shares.size(), 2 + i));
		}
		int r = start + 2;
		for (String share : shares) {
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, this.context.in(this.context.data().catalog().measure(share).label()), styles.text);
			for (int i = 0; i < columns.size(); i++) {
				Xl.value(row, 2 + i, cell(columns.get(i)[0], columns.get(i)[1], share), styles, Styles.Format.DECIMAL, false,
						false);
			}
		}
		String title = this.context.m("excel.key_figures_sheet.shares", this.context.label(this.context.period()));
		Charts.bar(sheet, title, new CellRangeAddress(start + 2, r - 1, 0, 0), series,
				new Charts.Place(0, r + 1, 6, r + 24), true);
		return r + 24;
	}

	private Optional<Cell> cell(String region, String period, String measure) {
		return this.context.data().cell(this.table.id(), region, period, null, null, measure);
	}

	/**
	 * The published change of a measure (the table of changes derived from this one, such as
	 * {@code key_figures_change}); none when the catalogue has no such table.
	 */
	private Optional<Cell> change(String region, String measure) {
		return this.changeTable.flatMap((t) -> this.context.data()
			.cell(t.id(), region, this.context.period(), measure, null, "change"));
	}

}
