package no.kostrabatch.report.excel;

import java.util.Optional;

import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small helpers for writing cells and setting up sheets. */
final class Xl {

	private Xl() {
	}

	static Row row(XSSFSheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

	/** A text cell, neutralised so that a spreadsheet never runs it as a formula. */
	static void text(Row row, int column, String value, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(SpreadsheetSafe.text(value));
		cell.setCellStyle(style);
	}

	/** A header spanning {@code width} columns. */
	static void header(XSSFSheet sheet, int rowIndex, int column, int width, String value, CellStyle style) {
		Row row = row(sheet, rowIndex);
		for (int c = column; c < column + width; c++) {
			text(row, c, (c == column) ? value : "", style);
		}
		if (width > 1) {
			sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, column, column + width - 1));
		}
	}

	/**
	 * A published cell: its value as a numeric cell, or its SSB symbol as right-aligned text. A cell
	 * the data does not have is {@code ..} (missing), or left empty when {@code blankIfAbsent}.
	 */
	static void value(Row row, int column, Optional<Cell> cell, Styles styles, Styles.Format format, boolean total,
			boolean blankIfAbsent) {
		if (cell.isEmpty()) {
			if (!blankIfAbsent) {
				text(row, column, "..", styles.symbol(total));
			}
			return;
		}
		if (cell.get().hasValue()) {
			number(row, column, cell.get().value().doubleValue(), styles.number(format, total));
		}
		else {
			text(row, column, cell.get().symbol().text(), styles.symbol(total));
		}
	}

	/**
	 * A published change (a cell of a table of changes, such as {@code key_figures_change}): its value
	 * as a numeric cell in the change format, or its symbol; {@code ..} when the data has none.
	 */
	static void change(Row row, int column, Optional<Cell> change, Styles styles, Styles.Format format, boolean total) {
		if (change.isPresent() && change.get().hasValue()) {
			number(row, column, change.get().value().doubleValue(), styles.number(format.change(), total));
			return;
		}
		text(row, column, change.map((c) -> c.symbol().text()).orElse(Symbol.MISSING.text()), styles.symbol(total));
	}

	static void number(Row row, int column, double value, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/** A4 print setup, fitted to one page wide, with a print area and repeated header rows. */
	static void print(XSSFSheet sheet, boolean landscape, int lastColumn, int lastRow, int repeatRows) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(landscape);
		sheet.setFitToPage(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(false);
		var workbook = sheet.getWorkbook();
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, Math.max(lastRow, 0));
		if (repeatRows > 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, repeatRows - 1, 0, lastColumn));
		}
	}

}
