package no.kostrabatch.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationSummary;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code kontrollrapport.xlsx} with a streaming workbook: a details sheet (one row per
 * finding, up to Excel's row limit) and a summary sheet (findings per rule with its title and
 * severity). Both have a frozen header and filters.
 */
public final class ControlReportXlsxWriter implements Consumer<Finding>, AutoCloseable {

	private static final int MAX_ROWS = 1_000_000;

	private final Path file;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);

	private final SXSSFSheet details;

	private final CellStyle header;

	private int row = 1;

	private long skipped;

	public ControlReportXlsxWriter(Path file) {
		this.file = file;
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
		this.workbook.createSheet("Sammendrag");
		this.details = this.workbook.createSheet("Funn");
		headerRow(this.details, "Linje", "Kontroll", "Alvorlighet", "Felt", "Journalnummer", "Melding");
	}

	@Override
	public void accept(Finding finding) {
		if (this.row > MAX_ROWS) {
			this.skipped++;
			return;
		}
		Row r = this.details.createRow(this.row++);
		r.createCell(0).setCellValue(finding.line());
		r.createCell(1).setCellValue(finding.rule().number());
		r.createCell(2).setCellValue(finding.severity().name());
		r.createCell(3).setCellValue((finding.field() != null) ? finding.field().name() : "");
		r.createCell(4).setCellValue(SpreadsheetSafe.text(finding.journal()));
		r.createCell(5).setCellValue(SpreadsheetSafe.text(finding.message()));
	}

	/** Writes the summary and the file. */
	public void finish(ValidationSummary summary, String source) throws IOException {
		Sheet sheet = this.workbook.getSheet("Sammendrag");
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(SpreadsheetSafe.text("Kontrollrapport KOSTRA 11F – " + source + ", kommune "
				+ summary.municipality() + ", " + summary.year()));
		headerRow(sheet, 2, "Kontroll", "Tittel", "Alvorlighet", "Antall funn");
		int r = 3;
		for (Map.Entry<RuleId, Long> entry : new java.util.TreeMap<>(summary.perRule()).entrySet()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(entry.getKey().number());
			row.createCell(1).setCellValue(entry.getKey().title());
			row.createCell(2).setCellValue(entry.getKey().severity().name());
			row.createCell(3).setCellValue(entry.getValue());
		}
		Row totals = sheet.createRow(r + 1);
		totals.createCell(0).setCellValue("Linjer: " + summary.lines() + ", records: " + summary.records()
				+ ((this.skipped > 0) ? ", " + this.skipped + " funn ut over Excels radgrense står bare i CSV-filen" : ""));
		sheet.setColumnWidth(0, 10 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		sheet.setColumnWidth(2, 12 * 256);
		sheet.setColumnWidth(3, 12 * 256);
		sheet.createFreezePane(0, 3);
		if (r > 3) {
			sheet.setAutoFilter(new CellRangeAddress(2, r - 1, 0, 3));
		}
		this.details.createFreezePane(0, 1);
		this.details.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.row - 1), 0, 5));
		int[] widths = { 8, 9, 11, 22, 15, 110 };
		for (int i = 0; i < widths.length; i++) {
			this.details.setColumnWidth(i, widths[i] * 256);
		}
		try (OutputStream out = Files.newOutputStream(this.file)) {
			this.workbook.write(out);
		}
	}

	private void headerRow(Sheet sheet, String... names) {
		headerRow(sheet, 0, names);
	}

	private void headerRow(Sheet sheet, int index, String... names) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
			row.getCell(i).setCellStyle(this.header);
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

}
