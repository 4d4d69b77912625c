package no.kostrabatch.report.excel;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The contents: one line per sheet, its title linked to the sheet. */
final class ContentsSheet {

	/** A sheet and what it holds. */
	record Entry(String sheet, String title) {
	}

	private final Context context;

	ContentsSheet(Context context) {
		this.context = context;
	}

	void write(XSSFSheet sheet, List<Entry> entries) {
		Styles styles = this.context.styles();
		Xl.text(Xl.row(sheet, 0), 0, this.context.m("excel.contents_sheet.contents"), styles.title);
		Row header = Xl.row(sheet, 2);
		Xl.text(header, 0, this.context.m("excel.contents_sheet.table"), styles.headerLeft);
		Xl.text(header, 1, this.context.m("excel.contents_sheet.sheet"), styles.headerLeft);
		int r = 3;
		for (Entry entry : entries) {
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, entry.title(), styles.link);
			XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			link.setAddress("'" + entry.sheet() + "'!A1");
			row.getCell(0).setHyperlink(link);
			Xl.text(row, 1, entry.sheet(), styles.text);
		}
		sheet.setColumnWidth(0, 72 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		Xl.print(sheet, false, 1, r, 0);
	}

}
