package no.kostrabatch.report.excel;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of the workbook, made once per workbook. */
final class Styles {

	/** How a number is shown: counts and kroner with thousands separators, shares and means with one decimal. */
	enum Format {

		COUNT("#,##0"), DECIMAL("#,##0.0"), CHANGE("+#,##0;-#,##0;0"), CHANGE_DECIMAL("+#,##0.0;-#,##0.0;0.0");

		final String pattern;

		Format(String pattern) {
			this.pattern = pattern;
		}

		static Format of(int decimals) {
			return (decimals > 0) ? DECIMAL : COUNT;
		}

		Format change() {
			return (this == DECIMAL || this == CHANGE_DECIMAL) ? CHANGE_DECIMAL : CHANGE;
		}

	}

	final CellStyle title;

	final CellStyle note;

	final CellStyle header;

	final CellStyle headerLeft;

	final CellStyle band;

	final CellStyle text;

	final CellStyle bold;

	final CellStyle boldTop;

	final CellStyle totalText;

	final CellStyle symbol;

	final CellStyle symbolTotal;

	final CellStyle link;

	final CellStyle wrap;

	/** The marking of an internal report: bold dark red. */
	final CellStyle mark;

	private final Map<Format, CellStyle> numbers = new EnumMap<>(Format.class);

	private final Map<Format, CellStyle> totals = new EnumMap<>(Format.class);

	Styles(XSSFWorkbook workbook) {
		Font boldFont = font(workbook, true, false, 10);
		this.title = style(workbook, font(workbook, true, false, 14));
		this.note = style(workbook, font(workbook, false, true, 9));
		this.header = style(workbook, boldFont);
		this.header.setWrapText(true);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.headerLeft = style(workbook, boldFont);
		this.headerLeft.cloneStyleFrom(this.header);
		this.headerLeft.setAlignment(HorizontalAlignment.LEFT);
		this.band = style(workbook, font(workbook, true, false, 11));
		this.band.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
		this.band.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = style(workbook, null);
		this.bold = style(workbook, boldFont);
		this.boldTop = style(workbook, boldFont);
		this.boldTop.setVerticalAlignment(VerticalAlignment.TOP);
		this.totalText = total(style(workbook, boldFont));
		this.symbol = style(workbook, null);
		this.symbol.setAlignment(HorizontalAlignment.RIGHT);
		this.symbolTotal = total(style(workbook, boldFont));
		this.symbolTotal.setAlignment(HorizontalAlignment.RIGHT);
		Font linkFont = font(workbook, false, false, 10);
		linkFont.setUnderline(Font.U_SINGLE);
		linkFont.setColor(IndexedColors.BLUE.getIndex());
		this.link = style(workbook, linkFont);
		this.wrap = style(workbook, null);
		this.wrap.setWrapText(true);
		this.wrap.setVerticalAlignment(VerticalAlignment.TOP);
		Font markFont = font(workbook, true, false, 11);
		markFont.setColor(IndexedColors.DARK_RED.getIndex());
		this.mark = style(workbook, markFont);
		for (Format format : Format.values()) {
			short pattern = workbook.createDataFormat().getFormat(format.pattern);
			this.numbers.put(format, style(workbook, null));
			this.numbers.get(format).setDataFormat(pattern);
			this.totals.put(format, total(style(workbook, boldFont)));
			this.totals.get(format).setDataFormat(pattern);
		}
	}

	CellStyle number(Format format, boolean total) {
		return (total ? this.totals : this.numbers).get(format);
	}

	CellStyle symbol(boolean total) {
		return total ? this.symbolTotal : this.symbol;
	}

	CellStyle label(boolean total) {
		return total ? this.totalText : this.text;
	}

	private static CellStyle total(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		return style;
	}

	private static CellStyle style(XSSFWorkbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		return style;
	}

	private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
		Font font = workbook.createFont();
		font.setBold(bold);
		font.setItalic(italic);
		font.setFontHeightInPoints((short) points);
		return font;
	}

}
