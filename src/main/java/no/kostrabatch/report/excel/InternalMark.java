package no.kostrabatch.report.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Marks a sheet as internal: the marking in the header area (the first free row under the title,
 * unless the sheet already shows it there) and in the print header, with the page number in the
 * print footer.
 */
final class InternalMark {

	private static final int HEADER_AREA = 3;

	private InternalMark() {
	}

	static void apply(XSSFSheet sheet, Context context) {
		String mark = context.mark();
		if (!shows(sheet, mark)) {
			Xl.text(Xl.row(sheet, freeRow(sheet)), 0, mark, context.styles().mark);
		}
		sheet.getHeader().setLeft(mark);
		sheet.getHeader().setRight(String.join(", ", context.municipalities().stream().map(context::regionName).toList())
				+ " " + context.period());
		sheet.getFooter().setCenter(context.m("excel.internal_mark.page_p_of_n"));
	}

	private static boolean shows(XSSFSheet sheet, String mark) {
		for (int r = 0; r < HEADER_AREA; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(mark)) {
					return true;
				}
			}
		}
		return false;
	}

	private static int freeRow(XSSFSheet sheet) {
		for (int r = 1; r < HEADER_AREA; r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getPhysicalNumberOfCells() == 0) {
				return r;
			}
		}
		throw new IllegalStateException("Sheet " + sheet.getSheetName() + " has no free row for the internal marking");
	}

}
