package no.kostrabatch.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code tabeller.xlsx}: a cover, contents with links, key figures, one sheet per table laid
 * out as a status report (categories down; count and percent for this and the previous period side
 * by side; the change), native charts, a time series and the definitions. Numbers are numeric cells
 * equal to {@code statistics.csv}; cells without a number show SSB's symbol.
 */
public final class WorkbookWriter {

	public void write(ReportData data, Path file) throws IOException {
		ReportLabels labels = new ReportLabels(data.info().lang());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheets sheets = new Sheets(workbook, styles, labels, data);
			XSSFSheet cover = sheets.cover();
			XSSFSheet contents = workbook.createSheet(labels.t("Innhold", "Contents"));
			List<String[]> entries = new ArrayList<>();
			Set<String> names = new HashSet<>(List.of(cover.getSheetName(), contents.getSheetName()));
			for (TableDefinition table : data.catalog().tables()) {
				if (data.cells().stream().noneMatch((c) -> c.tableId().equals(table.id()))) {
					continue;
				}
				String name = uniqueName(table.title().in(labels.lang()), names);
				XSSFSheet sheet = workbook.createSheet(name);
				if ("key_figures".equals(table.id())) {
					sheets.keyFigures(sheet, table);
				}
				else {
					sheets.table(sheet, table);
				}
				entries.add(new String[] { name, table.title().in(labels.lang()) });
			}
			if (data.periods().size() >= 2) {
				String name = uniqueName(labels.t("Tidsserie", "Time series"), names);
				sheets.timeSeries(workbook.createSheet(name));
				entries.add(new String[] { name, labels.t("Nøkkeltall over tid", "Key figures over time") });
			}
			String definitions = uniqueName(labels.t("Definisjoner", "Definitions"), names);
			sheets.definitions(workbook.createSheet(definitions));
			entries.add(new String[] { definitions, labels.t("Koder, etiketter og mål", "Codes, labels and measures") });
			contents(contents, entries, styles, labels);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private static void contents(XSSFSheet sheet, List<String[]> entries, Styles styles, ReportLabels labels) {
		Row title = sheet.createRow(0);
		Sheets.text(title, 0, labels.t("Innhold", "Contents"), styles.title);
		int r = 2;
		for (String[] entry : entries) {
			Row row = sheet.createRow(r++);
			org.apache.poi.ss.usermodel.Cell cell = row.createCell(0);
			cell.setCellValue(SpreadsheetSafe.text(entry[1]));
			XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			link.setAddress("'" + entry[0] + "'!A1");
			cell.setHyperlink(link);
			cell.setCellStyle(styles.link);
		}
		sheet.setColumnWidth(0, 70 * 256);
		Sheets.print(sheet, false);
	}

	static String uniqueName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title.replace("'", ""));
		base = base.substring(0, Math.min(28, base.length())).trim();
		String name = base;
		for (int i = 2; taken.contains(name.toLowerCase()) || taken.contains(name); i++) {
			name = base + " " + i;
		}
		taken.add(name);
		taken.add(name.toLowerCase());
		return name;
	}

	/** Writes a cell's value as a number, or its symbol as right-aligned text. */
	static void value(Row row, int column, Optional<Cell> cell, CellStyle numberStyle, CellStyle symbolStyle) {
		org.apache.poi.ss.usermodel.Cell target = row.createCell(column);
		if (cell.isEmpty()) {
			target.setCellValue("..");
			target.setCellStyle(symbolStyle);
			return;
		}
		BigDecimal value = cell.get().value();
		if (value != null) {
			target.setCellValue(value.doubleValue());
			target.setCellStyle(numberStyle);
		}
		else {
			target.setCellValue(cell.get().symbol().text());
			target.setCellStyle(symbolStyle);
		}
	}


}
