package no.kostrabatch.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the workbook. */
final class Styles {

	final CellStyle title;

	final CellStyle header;

	final CellStyle text;

	final CellStyle bold;

	final CellStyle count;

	final CellStyle countBold;

	final CellStyle decimal;

	final CellStyle decimalBold;

	final CellStyle symbol;

	final CellStyle link;

	final CellStyle note;

	final CellStyle wrap;

	Styles(XSSFWorkbook workbook) {
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 14);
		Font boldFont = workbook.createFont();
		boldFont.setBold(true);
		Font linkFont = workbook.createFont();
		linkFont.setUnderline(Font.U_SINGLE);
		linkFont.setColor(IndexedColors.BLUE.getIndex());
		Font noteFont = workbook.createFont();
		noteFont.setItalic(true);
		noteFont.setFontHeightInPoints((short) 9);
		this.title = workbook.createCellStyle();
		this.title.setFont(titleFont);
		this.header = workbook.createCellStyle();
		this.header.setFont(boldFont);
		this.header.setWrapText(true);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.text = workbook.createCellStyle();
		this.bold = workbook.createCellStyle();
		this.bold.setFont(boldFont);
		short thousands = workbook.createDataFormat().getFormat("#,##0");
		short oneDecimal = workbook.createDataFormat().getFormat("#,##0.0");
		this.count = numeric(workbook, thousands, null);
		this.countBold = numeric(workbook, thousands, boldFont);
		this.decimal = numeric(workbook, oneDecimal, null);
		this.decimalBold = numeric(workbook, oneDecimal, boldFont);
		this.symbol = workbook.createCellStyle();
		this.symbol.setAlignment(HorizontalAlignment.RIGHT);
		this.link = workbook.createCellStyle();
		this.link.setFont(linkFont);
		this.wrap = workbook.createCellStyle();
		this.wrap.setWrapText(true);
		this.wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
		this.note = workbook.createCellStyle();
		this.note.setFont(noteFont);
	}

	private static CellStyle numeric(XSSFWorkbook workbook, short format, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		if (font != null) {
			style.setFont(font);
		}
		return style;
	}

}
