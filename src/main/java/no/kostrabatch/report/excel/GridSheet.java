package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A two-dimension table as SSB's standard tables have it, for the reporting period: the first
 * dimension down, the second across, the total first in both. A measure given only on the total
 * column (the mean duration) becomes the last column; any other measure gets a grid of its own.
 * Below the grids, a column chart per municipality of the totals across the second dimension.
 */
final class GridSheet {

	private static final int CHART_COLUMNS = 8;

	private static final int CHART_ROWS = 18;

	private final Context context;

	private final TableDefinition table;

	private final Dimension down;

	private final Dimension across;

	GridSheet(Context context, TableDefinition table) {
		this.context = context;
		this.table = table;
		this.down = context.data().catalog().dimension(table.dim1());
		this.across = context.data().catalog().dimension(table.dim2());
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		String period = this.context.period();
		Xl.text(Xl.row(sheet, 0), 0, this.context.in(this.table.title()) + " " + this.context.label(period), styles.title);
		Xl.text(Xl.row(sheet, 1), 0, this.context.symbolsNote(), styles.note);
		List<String> columns = codes(this.across, (c) -> c.cat2());
		List<String> rows = codes(this.down, (c) -> c.cat1());
		List<String> totalOnly = new ArrayList<>();
		List<String> grids = new ArrayList<>();
		for (String measure : this.table.measures()) {
			boolean onTotal = cells(measure).allMatch((c) -> Dimension.TOTAL.equals(c.cat2()));
			(onTotal && !measure.equals(this.table.measures().get(0)) ? totalOnly : grids).add(measure);
		}
		int width = columns.size() + totalOnly.size();
		int r = 3;
		int firstBlock = -1;
		List<String> charted = new ArrayList<>();
		List<Integer> totalRows = new ArrayList<>();
		int blocks = 0;
		for (String measureId : grids) {
			Measure measure = this.context.data().catalog().measure(measureId);
			Xl.text(Xl.row(sheet, r++), 0, this.context.in(measure.label()) + " (" + this.context.in(measure.unit()) + ")",
					styles.bold);
			int headerRow = r++;
			header(sheet, headerRow, columns, totalOnly);
			for (String region : this.context.municipalities()) {
				if (this.context.data().cells(this.table.id(), region, period).isEmpty()) {
					continue;
				}
				if (blocks++ % 2 == 0 && blocks > 1) {
					sheet.setRowBreak(r - 1);
				}
				Xl.header(sheet, r++, 0, width + 1, this.context.regionName(region), styles.band);
				firstBlock = (firstBlock < 0) ? headerRow + 1 : firstBlock;
				if (measureId.equals(grids.get(0))) {
					charted.add(region);
					totalRows.add(r + rows.indexOf(Dimension.TOTAL));
				}
				for (String code : rows) {
					Row row = Xl.row(sheet, r++);
					boolean total = Dimension.TOTAL.equals(code);
					boolean bold = total || this.down.category(code).map((c) -> c.isSubtotal()).orElse(false);
					Xl.text(row, 0, this.context.category(this.down, region, code), total ? styles.totalText
							: bold ? styles.bold : styles.text);
					Styles.Format format = Styles.Format.of(measure.decimals());
					for (int i = 0; i < columns.size(); i++) {
						Xl.value(row, 1 + i, this.context.data().cell(this.table.id(), region, period, code, columns.get(i),
								measureId), styles, format, total, false);
					}
					for (int i = 0; i < totalOnly.size(); i++) {
						Xl.value(row, 1 + columns.size() + i, this.context.data().cell(this.table.id(), region, period, code,
								Dimension.TOTAL, totalOnly.get(i)), styles, Styles.Format.DECIMAL, total, true);
					}
				}
				r++;
			}
			totalOnly = List.of();
		}
		sheet.createFreezePane(1, Math.max(firstBlock, 5));
		sheet.setColumnWidth(0, 36 * 256);
		for (int c = 1; c <= width; c++) {
			sheet.setColumnWidth(c, ((c > columns.size()) ? 13 : 10) * 256);
		}
		int end = r;
		if (!charted.isEmpty() && columns.size() > 2) {
			sheet.setRowBreak(r);
		}
		for (int i = 0; i < charted.size() && columns.size() > 2; i++) {
			end = chart(sheet, i, r, charted.get(i), totalRows.get(i), columns.size());
		}
		Xl.print(sheet, true, Math.max(width, 2 * CHART_COLUMNS), end, 5);
	}

	private void header(XSSFSheet sheet, int headerRow, List<String> columns, List<String> totalOnly) {
		Styles styles = this.context.styles();
		Row header = Xl.row(sheet, headerRow);
		header.setHeightInPoints(40);
		Xl.text(header, 0, this.context.in(this.down.label()) + " / " + this.context.in(this.across.label()),
				styles.headerLeft);
		for (int i = 0; i < columns.size(); i++) {
			Xl.text(header, 1 + i, this.context.category(this.across, "", columns.get(i)), styles.header);
		}
		for (int i = 0; i < totalOnly.size(); i++) {
			Xl.text(header, 1 + columns.size() + i, this.context.in(this.context.data().catalog().measure(totalOnly.get(i)).label()),
					styles.header);
		}
	}

	/** The total row of the first grid across the second dimension (its total column left out). */
	private int chart(XSSFSheet sheet, int block, int start, String region, int totalRow, int columns) {
		int column = (block % 2) * (CHART_COLUMNS + 1);
		int top = start + 1 + (block / 2) * (CHART_ROWS + 1);
		String title = this.context.m("excel.grid_sheet.total_by", this.context.regionName(region),
				this.context.in(this.across.label()).toLowerCase(java.util.Locale.ROOT),
				this.context.label(this.context.period()));
		Charts.bar(sheet, title, new CellRangeAddress(4, 4, 2, columns),
				List.of(new Charts.Series(this.context.label(this.context.period()), new CellRangeAddress(totalRow, totalRow, 2, columns))),
				new Charts.Place(column, top, column + CHART_COLUMNS, top + CHART_ROWS), false);
		return top + CHART_ROWS;
	}

	private java.util.stream.Stream<Cell> cells(String measure) {
		return this.context.data().cells().stream()
			.filter((c) -> c.tableId().equals(this.table.id()) && c.measure().equals(measure)
					&& c.period().equals(this.context.period()));
	}

	private List<String> codes(Dimension dimension, java.util.function.Function<Cell, String> code) {
		TreeSet<String> codes = new TreeSet<>(Comparator.comparingInt(dimension::rank).thenComparing(Comparator.naturalOrder()));
		this.context.data().cells().stream()
			.filter((c) -> c.tableId().equals(this.table.id()) && c.period().equals(this.context.period())
					&& this.context.municipalities().contains(c.region()))
			.forEach((c) -> codes.add(code.apply(c)));
		return List.copyOf(codes);
	}

}
