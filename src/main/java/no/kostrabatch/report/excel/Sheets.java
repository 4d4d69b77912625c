package no.kostrabatch.report.excel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lays out the sheets of the workbook. */
final class Sheets {

	private static final int CHART_WIDTH = 9;

	private final XSSFWorkbook workbook;

	private final Styles styles;

	private final ReportLabels labels;

	private final ReportData data;

	private final String period;

	private final String previous;

	Sheets(XSSFWorkbook workbook, Styles styles, ReportLabels labels, ReportData data) {
		this.workbook = workbook;
		this.styles = styles;
		this.labels = labels;
		this.data = data;
		this.period = data.info().period();
		this.previous = data.info().previousPeriod();
	}

	XSSFSheet cover() {
		XSSFSheet sheet = this.workbook.createSheet(this.labels.t("Forside", "Cover"));
		var info = this.data.info();
		text(sheet.createRow(0), 0, this.labels.t("Økonomisk sosialhjelp – tabeller", "Social assistance – tables"),
				this.styles.title);
		String[][] lines = { { this.labels.t("Kommuner", "Municipalities"), String.join(", ", municipalityNames()) },
				{ this.labels.t("Periode", "Period"), this.period },
				{ this.labels.t("Sammenlignet med", "Compared with"), String.valueOf(this.previous) },
				{ this.labels.t("Kildefiler", "Source files"), String.join(", ", info.sourceFiles()) },
				{ this.labels.t("Kjørt", "Run at"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(info.runTime().atZone(ZoneId.systemDefault())) },
				{ this.labels.t("Personvern", "Disclosure"), this.labels.disclosure(info.disclosure()) },
				{ this.labels.t("Symboler", "Symbols"), this.labels.symbolsExplained() },
				{ this.labels.t("Kilde", "Source"), this.labels.t(
						"Kommunens fagsystem, talt som SSB teller mottakere av økonomisk sosialhjelp (kostra-batch).",
						"The municipality's case system, counted as Statistics Norway counts recipients (kostra-batch).") } };
		for (int i = 0; i < lines.length; i++) {
			Row row = sheet.createRow(2 + i);
			text(row, 0, lines[i][0], this.styles.bold);
			text(row, 1, lines[i][1], this.styles.wrap);
			row.setHeightInPoints(13f * Math.max(1, (int) Math.ceil(lines[i][1].length() / 75.0)));
		}
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 70 * 256);
		print(sheet, false);
		return sheet;
	}

	void table(XSSFSheet sheet, TableDefinition table) {
		if (table.dim2() != null) {
			grid(sheet, table);
			return;
		}
		text(sheet.createRow(0), 0, table.title().in(this.labels.lang()), this.styles.title);
		text(sheet.createRow(1), 0, this.labels.symbolsExplained(), this.styles.note);
		Dimension dim1 = this.data.catalog().dimension(table.dim1());
		int r = 3;
		boolean charted = false;
		for (String region : this.data.info().municipalities()) {
			List<String> categories = this.data.categories(table.id(), region, this.period);
			if (categories.isEmpty()) {
				continue;
			}
			text(sheet.createRow(r++), 0, this.data.regions().name(region), this.styles.bold);
			Row header = sheet.createRow(r++);
			String[] heads = { dim1.label().in(this.labels.lang()), this.labels.t("Antall ", "Number ") + this.period,
					this.labels.t("Prosent ", "Percent ") + this.period,
					this.labels.t("Antall ", "Number ") + this.previous,
					this.labels.t("Prosent ", "Percent ") + this.previous, this.labels.t("Endring antall", "Change"),
					this.labels.t("Endring prosent", "Change percent") };
			for (int i = 0; i < heads.length; i++) {
				text(header, i, heads[i], this.styles.header);
			}
			if (!charted) {
				sheet.createFreezePane(1, r);
			}
			int first = r;
			for (String code : categories) {
				Row row = sheet.createRow(r++);
				boolean total = Dimension.TOTAL.equals(code);
				text(row, 0, label(dim1, region, code), total ? this.styles.bold : this.styles.text);
				String c2 = null;
				cell(row, 1, table, region, this.period, code, c2, "recipients", total, false);
				cell(row, 2, table, region, this.period, code, c2, "percent", total, true);
				cell(row, 3, table, region, this.previous, code, c2, "recipients", total, false);
				cell(row, 4, table, region, this.previous, code, c2, "percent", total, true);
				cell(row, 5, table, region, this.period, code, c2, "change", total, false);
				cell(row, 6, table, region, this.period, code, c2, "change_percent", total, true);
			}
			if (!charted && categories.size() > 2) {
				Charts.bar(sheet, table.title().in(this.labels.lang()) + " – " + this.data.regions().name(region),
						first + 1, r - 1, 0,
						List.of(new Charts.Series(this.period, 1), new Charts.Series(String.valueOf(this.previous), 3)),
						new int[] { 8, 3, 8 + CHART_WIDTH, 3 + Math.max(16, categories.size() + 4) });
				charted = true;
			}
			r++;
		}
		sheet.setColumnWidth(0, 42 * 256);
		for (int c = 1; c <= 6; c++) {
			sheet.setColumnWidth(c, 14 * 256);
		}
		print(sheet, true);
		sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, 6, 0, Math.max(r, 1));
	}

	/** A two-dimension table: the first dimension down, the second across, one block per measure and city. */
	private void grid(XSSFSheet sheet, TableDefinition table) {
		text(sheet.createRow(0), 0, table.title().in(this.labels.lang()) + " " + this.period, this.styles.title);
		text(sheet.createRow(1), 0, this.labels.symbolsExplained(), this.styles.note);
		Dimension dim1 = this.data.catalog().dimension(table.dim1());
		Dimension dim2 = this.data.catalog().dimension(table.dim2());
		List<String> across = dim2.categories().stream().map(Category::code).toList();
		int r = 3;
		for (String region : this.data.info().municipalities()) {
			for (String measureId : table.measures()) {
				Measure measure = this.data.catalog().measure(measureId);
				text(sheet.createRow(r++), 0, this.data.regions().name(region) + " – " + measure.label().in(this.labels.lang()),
						this.styles.bold);
				Row header = sheet.createRow(r++);
				text(header, 0, dim1.label().in(this.labels.lang()) + " / " + dim2.label().in(this.labels.lang()),
						this.styles.header);
				for (int i = 0; i < across.size(); i++) {
					text(header, 1 + i, dim2.labelOf(across.get(i), this.labels.lang()), this.styles.header);
				}
				CellStyle style = (measure.decimals() > 0) ? this.styles.decimal : this.styles.count;
				for (Category down : dim1.categories()) {
					Row row = sheet.createRow(r++);
					boolean total = Dimension.TOTAL.equals(down.code()) || down.isSubtotal();
					text(row, 0, dim1.labelOf(down.code(), this.labels.lang()), total ? this.styles.bold : this.styles.text);
					for (int i = 0; i < across.size(); i++) {
						var cell = this.data.cell(table.id(), region, this.period, down.code(), across.get(i), measureId);
						if (cell.isEmpty()) {
							text(row, 1 + i, ".", this.styles.symbol);
						}
						else {
							WorkbookWriter.value(row, 1 + i, cell, style, this.styles.symbol);
						}
					}
				}
				r++;
			}
		}
		sheet.createFreezePane(1, 5);
		sheet.setColumnWidth(0, 40 * 256);
		for (int c = 1; c <= across.size(); c++) {
			sheet.setColumnWidth(c, 13 * 256);
		}
		print(sheet, true);
	}

	private void cell(Row row, int column, TableDefinition table, String region, String period, String c1, String c2,
			String measure, boolean bold, boolean decimal) {
		if (!table.measures().contains(measure) && !measure.startsWith("change")) {
			text(row, column, ".", this.styles.symbol);
			return;
		}
		CellStyle style = decimal ? (bold ? this.styles.decimalBold : this.styles.decimal)
				: (bold ? this.styles.countBold : this.styles.count);
		WorkbookWriter.value(row, column, this.data.cell(table.id(), region, period, c1, c2, measure), style,
				this.styles.symbol);
	}

	void keyFigures(XSSFSheet sheet, TableDefinition table) {
		text(sheet.createRow(0), 0, table.title().in(this.labels.lang()), this.styles.title);
		text(sheet.createRow(1), 0, this.labels.symbolsExplained(), this.styles.note);
		Row header = sheet.createRow(3);
		text(header, 0, this.labels.t("Nøkkeltall", "Key figure"), this.styles.header);
		List<String> regions = this.data.info().municipalities();
		for (int i = 0; i < regions.size(); i++) {
			String name = this.data.regions().name(regions.get(i));
			text(header, 1 + 3 * i, name + " " + this.period, this.styles.header);
			text(header, 2 + 3 * i, name + " " + this.previous, this.styles.header);
			text(header, 3 + 3 * i, this.labels.t("Endring", "Change"), this.styles.header);
		}
		int r = 4;
		for (String measureId : table.measures()) {
			Measure measure = this.data.catalog().measure(measureId);
			Row row = sheet.createRow(r++);
			text(row, 0, measure.label().in(this.labels.lang()) + " (" + measure.unit().in(this.labels.lang()) + ")",
					this.styles.text);
			CellStyle style = (measure.decimals() > 0) ? this.styles.decimal : this.styles.count;
			for (int i = 0; i < regions.size(); i++) {
				var now = this.data.cell(table.id(), regions.get(i), this.period, null, null, measureId);
				var before = this.data.cell(table.id(), regions.get(i), this.previous, null, null, measureId);
				WorkbookWriter.value(row, 1 + 3 * i, now, style, this.styles.symbol);
				WorkbookWriter.value(row, 2 + 3 * i, before, style, this.styles.symbol);
				if (now.isPresent() && before.isPresent() && now.get().hasValue() && before.get().hasValue()) {
					row.createCell(3 + 3 * i).setCellValue(now.get().value().subtract(before.get().value()).doubleValue());
					row.getCell(3 + 3 * i).setCellStyle(style);
				}
				else {
					text(row, 3 + 3 * i, "..", this.styles.symbol);
				}
			}
		}
		sheet.createFreezePane(1, 4);
		sheet.setColumnWidth(0, 60 * 256);
		for (int c = 1; c <= 3 * regions.size(); c++) {
			sheet.setColumnWidth(c, 15 * 256);
		}
		r = shareTable(sheet, table, regions, r + 2);
		print(sheet, true);
	}

	/** The shares side by side, with a bar chart of them for every city. */
	private int shareTable(XSSFSheet sheet, TableDefinition table, List<String> regions, int start) {
		List<String> shares = table.measures().stream().filter((m) -> m.startsWith("share_")).toList();
		int r = start;
		text(sheet.createRow(r++), 0, this.labels.t("Andeler ", "Shares ") + this.period + " (%)", this.styles.bold);
		Row header = sheet.createRow(r++);
		text(header, 0, this.labels.t("Andel", "Share"), this.styles.header);
		for (int i = 0; i < regions.size(); i++) {
			text(header, 1 + i, this.data.regions().name(regions.get(i)), this.styles.header);
		}
		int first = r;
		for (String share : shares) {
			Row row = sheet.createRow(r++);
			text(row, 0, this.data.catalog().measure(share).label().in(this.labels.lang()), this.styles.text);
			for (int i = 0; i < regions.size(); i++) {
				WorkbookWriter.value(row, 1 + i, this.data.cell(table.id(), regions.get(i), this.period, null, null, share),
						this.styles.decimal, this.styles.symbol);
			}
		}
		List<Charts.Series> series = new ArrayList<>();
		for (int i = 0; i < regions.size(); i++) {
			series.add(new Charts.Series(this.data.regions().name(regions.get(i)), 1 + i));
		}
		Charts.bar(sheet, this.labels.t("Andeler ", "Shares ") + this.period + " (%)", first, r - 1, 0, series,
				new int[] { 1, r + 1, 1 + CHART_WIDTH, r + 24 });
		return r;
	}

	void timeSeries(XSSFSheet sheet) {
		text(sheet.createRow(0), 0, this.labels.t("Nøkkeltall over tid", "Key figures over time"), this.styles.title);
		List<String> periods = this.data.periods();
		List<String> regions = this.data.info().municipalities();
		String[] measures = { "recipients", "mean_months", "share_long_term", "nok_per_recipient" };
		int r = 2;
		int chartRow = 2;
		for (String measureId : measures) {
			Measure measure = this.data.catalog().measure(measureId);
			text(sheet.createRow(r++), 0, measure.label().in(this.labels.lang()), this.styles.bold);
			Row header = sheet.createRow(r++);
			text(header, 0, this.labels.t("År", "Year"), this.styles.header);
			for (int i = 0; i < regions.size(); i++) {
				text(header, 1 + i, this.data.regions().name(regions.get(i)), this.styles.header);
			}
			int first = r;
			CellStyle style = (measure.decimals() > 0) ? this.styles.decimal : this.styles.count;
			for (String p : periods) {
				Row row = sheet.createRow(r++);
				text(row, 0, p, this.styles.text);
				for (int i = 0; i < regions.size(); i++) {
					WorkbookWriter.value(row, 1 + i, this.data.cell("key_figures", regions.get(i), p, null, null, measureId),
							style, this.styles.symbol);
				}
			}
			List<Charts.Series> series = new ArrayList<>();
			for (int i = 0; i < regions.size(); i++) {
				series.add(new Charts.Series(this.data.regions().name(regions.get(i)), 1 + i));
			}
			Charts.line(sheet, measure.label().in(this.labels.lang()), first, r - 1, 0, series,
					new int[] { regions.size() + 2, chartRow, regions.size() + 2 + CHART_WIDTH, chartRow + 14 });
			chartRow += 15;
			r = Math.max(r + 1, chartRow - 15 + 8);
		}
		sheet.setColumnWidth(0, 12 * 256);
		for (int c = 1; c <= regions.size(); c++) {
			sheet.setColumnWidth(c, 14 * 256);
		}
		print(sheet, true);
	}

	void definitions(XSSFSheet sheet) {
		text(sheet.createRow(0), 0, this.labels.t("Definisjoner", "Definitions"), this.styles.title);
		Row header = sheet.createRow(2);
		String[] heads = { this.labels.t("Variabel / mål", "Variable / measure"), this.labels.t("Kode", "Code"),
				this.labels.t("Betydning", "Meaning"), this.labels.t("Enhet / delsum av", "Unit / subtotal of") };
		for (int i = 0; i < heads.length; i++) {
			text(header, i, heads[i], this.styles.header);
		}
		int r = 3;
		for (Dimension dimension : this.data.catalog().dimensions().values()) {
			for (Category category : dimension.categories()) {
				Row row = sheet.createRow(r++);
				text(row, 0, dimension.label().in(this.labels.lang()), this.styles.text);
				text(row, 1, category.code(), this.styles.text);
				text(row, 2, category.label().in(this.labels.lang()), this.styles.text);
				text(row, 3, String.join(", ", category.members()), this.styles.text);
			}
		}
		for (Measure measure : this.data.catalog().measures().values()) {
			Row row = sheet.createRow(r++);
			text(row, 0, this.labels.t("Mål", "Measure"), this.styles.text);
			text(row, 1, measure.id(), this.styles.text);
			text(row, 2, measure.label().in(this.labels.lang()), this.styles.text);
			text(row, 3, measure.unit().in(this.labels.lang()), this.styles.text);
		}
		sheet.createFreezePane(0, 3);
		sheet.setColumnWidth(0, 40 * 256);
		sheet.setColumnWidth(1, 22 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		sheet.setColumnWidth(3, 40 * 256);
		sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(2, r - 1, 0, 3));
		print(sheet, true);
	}

	private String label(Dimension dimension, String region, String code) {
		if ("district".equals(dimension.id()) && !Dimension.TOTAL.equals(code) && !Dimension.UNKNOWN.equals(code)) {
			return this.data.regions().districtName(Regions.municipalityOf(region), code);
		}
		return dimension.labelOf(code, this.labels.lang());
	}

	private List<String> municipalityNames() {
		return this.data.info().municipalities().stream().map(this.data.regions()::name).toList();
	}

	static void text(Row row, int column, String value, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(SpreadsheetSafe.text(value));
		cell.setCellStyle(style);
	}

	static void print(XSSFSheet sheet, boolean landscape) {
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setLandscape(landscape);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setAutobreaks(true);
	}

}
