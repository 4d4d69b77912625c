package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A one-dimension table laid out as a status report: categories down, count and percent for this
 * previous period and this one side by side (oldest first), the change, and the total ("I alt") first in bold, as SSB
 * puts it. One block per
 * municipality, each with a bar chart of both periods' counts beside it.
 */
final class TableSheet {

	static final int HEADER_ROWS = 5;

	private static final int CHART_COLUMNS = 8;

	private static final int CHART_ROWS = 16;

	private final Context context;

	private final TableDefinition table;

	private final Dimension dimension;

	private final List<Columns> columns;

	TableSheet(Context context, TableDefinition table) {
		this.context = context;
		this.table = table;
		this.dimension = context.data().catalog().dimension(table.dim1());
		this.columns = Columns.of(context, table);
	}

	/** Whether any municipality has rows here: a district table only for a municipality with districts. */
	boolean hasRows() {
		return this.context.municipalities().stream().anyMatch((region) -> !categories(region).isEmpty());
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		Xl.text(Xl.row(sheet, 0), 0, this.context.in(this.table.title()), styles.title);
		Xl.text(Xl.row(sheet, 1), 0, this.context.symbolsNote(), styles.note);
		header(sheet);
		int chartColumn = this.columns.size() + 2;
		int r = HEADER_ROWS;
		int labelWidth = this.context.in(this.dimension.label()).length();
		int blocks = 0;
		for (String region : this.context.municipalities()) {
			List<String> codes = categories(region);
			if (codes.isEmpty()) {
				continue;
			}
			if (blocks++ % 2 == 0 && blocks > 1) {
				sheet.setRowBreak(r - 1);
			}
			int band = r;
			Xl.header(sheet, r++, 0, this.columns.size() + 1, this.context.regionName(region), styles.band);
			for (String code : codes) {
				boolean total = Dimension.TOTAL.equals(code);
				boolean bold = total || this.dimension.category(code).map((c) -> c.isSubtotal()).orElse(false);
				Row row = Xl.row(sheet, r++);
				String label = this.context.category(this.dimension, region, code);
				labelWidth = Math.max(labelWidth, label.length());
				Xl.text(row, 0, label, total ? styles.totalText : bold ? styles.bold : styles.text);
				for (int i = 0; i < this.columns.size(); i++) {
					Columns column = this.columns.get(i);
					Xl.value(row, 1 + i, this.context.data().cell(this.table.id(), region, column.period(), code, null,
							column.measure()), styles, column.format(), total, column.blankIfAbsent());
				}
			}
			if (codes.size() > 2) {
				chart(sheet, region, band, band + 2, r - 1, chartColumn);
			}
			r = Math.max(r + 1, band + CHART_ROWS + 1);
		}
		sheet.createFreezePane(1, HEADER_ROWS);
		sheet.setColumnWidth(0, Math.min(50, Math.max(22, labelWidth + 2)) * 256);
		for (int c = 1; c <= this.columns.size(); c++) {
			sheet.setColumnWidth(c, 11 * 256);
		}
		Xl.print(sheet, true, chartColumn + CHART_COLUMNS - 1, r, HEADER_ROWS);
	}

	private void header(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		Xl.text(Xl.row(sheet, 3), 0, "", styles.headerLeft);
		Xl.text(Xl.row(sheet, 4), 0, this.context.in(this.dimension.label()), styles.headerLeft);
		int i = 0;
		while (i < this.columns.size()) {
			int width = 1;
			while (i + width < this.columns.size() && this.columns.get(i + width).group().equals(this.columns.get(i).group())) {
				width++;
			}
			Xl.header(sheet, 3, 1 + i, width, this.columns.get(i).group(), styles.header);
			i += width;
		}
		for (int c = 0; c < this.columns.size(); c++) {
			Xl.text(Xl.row(sheet, 4), 1 + c, this.columns.get(c).head(), styles.header);
		}
		Xl.row(sheet, 3).setHeightInPoints(27);
	}

	/** Both periods' counts of the categories (rows {@code first..last}, not the total) as horizontal bars. */
	private void chart(XSSFSheet sheet, String region, int band, int first, int last, int chartColumn) {
		List<Charts.Series> series = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			Columns column = this.columns.get(i);
			if (column.measure().equals("recipients")) {
				series.add(Charts.Series.column(this.context.label(column.period()), first, last, 1 + i));
			}
		}
		String title = this.context.in(this.table.title()) + " – " + this.context.regionName(region);
		Charts.bar(sheet, title, new CellRangeAddress(first, last, 0, 0), series,
				new Charts.Place(chartColumn, band, chartColumn + CHART_COLUMNS, band + CHART_ROWS), true);
	}

	/** The categories of either period in publication order, the total first as SSB puts it. */
	private List<String> categories(String region) {
		TreeSet<String> codes = new TreeSet<>(Comparator.comparingInt((String c) -> this.dimension.rank(c))
			.thenComparing(Comparator.naturalOrder()));
		for (String period : new String[] { this.context.period(), this.context.previous() }) {
			if (period != null) {
				codes.addAll(this.context.data().categories(this.table.id(), region, period));
			}
		}
		List<String> ordered = new ArrayList<>(codes);
		if ("district".equals(this.dimension.id())
				&& ordered.stream().allMatch((c) -> Dimension.TOTAL.equals(c) || Dimension.UNKNOWN.equals(c))) {
			return List.of();
		}
		if (ordered.remove(Dimension.TOTAL)) {
			ordered.add(0, Dimension.TOTAL);
		}
		return ordered;
	}

}
