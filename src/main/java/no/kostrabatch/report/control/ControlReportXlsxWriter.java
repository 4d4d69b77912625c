package no.kostrabatch.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import no.kostrabatch.report.Messages;
import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationSummary;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code kontrollrapport.xlsx} with a streaming workbook: a details sheet (one row per
 * finding, up to Excel's row limit) and a summary sheet (findings per rule with its title and
 * severity). Both have a frozen header and filters. The report's own words are in the message bundles,
 * in bokmål or English; the findings' messages and the rules' titles are SSB's.
 */
public final class ControlReportXlsxWriter implements Consumer<Finding>, AutoCloseable {

	private static final int MAX_ROWS = 1_000_000;

	private final Path file;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);

	private final SXSSFSheet details;

	private final SXSSFSheet summarySheet;

	private final Messages messages;

	private final CellStyle header;

	private final CellStyle wrapped;

	private int row = 1;

	private long skipped;

	public ControlReportXlsxWriter(Path file) {
		this(file, Lang.NB);
	}

	/** A writer whose own words (sheet names, headings, totals) are in {@code lang}. */
	public ControlReportXlsxWriter(Path file, Lang lang) {
		this.file = file;
		this.messages = new Messages(lang);
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
		this.wrapped = this.workbook.createCellStyle();
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
		this.summarySheet = this.workbook.createSheet(m("control.control_report_xlsx_writer.summary"));
		this.details = this.workbook.createSheet(m("control.control_report_xlsx_writer.findings"));
		headerRow(this.details, m("control.control_report_xlsx_writer.line"), m("control.control_report_xlsx_writer.rule"),
				m("control.control_report_xlsx_writer.severity"), m("control.control_report_xlsx_writer.field"),
				m("control.control_report_xlsx_writer.journal_number"), m("control.control_report_xlsx_writer.message"));
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
		r.getCell(5).setCellStyle(this.wrapped);
	}

	/** Writes the summary and the file. */
	public void finish(ValidationSummary summary, String source) throws IOException {
		Sheet sheet = this.summarySheet;
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(SpreadsheetSafe.text(m("control.control_report_xlsx_writer.title", source,
				summary.municipality(), summary.year())));
		headerRow(sheet, 2, m("control.control_report_xlsx_writer.rule"), m("control.control_report_xlsx_writer.rule_title"),
				m("control.control_report_xlsx_writer.severity"), m("control.control_report_xlsx_writer.findings_count"));
		int r = 3;
		for (Map.Entry<RuleId, Long> entry : new java.util.TreeMap<>(summary.perRule()).entrySet()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(entry.getKey().number());
			row.createCell(1).setCellValue(entry.getKey().title());
			row.createCell(2).setCellValue(entry.getKey().severity().name());
			row.createCell(3).setCellValue(entry.getValue());
		}
		Row totals = sheet.createRow(r + 1);
		totals.createCell(0).setCellValue((this.skipped > 0)
				? m("control.control_report_xlsx_writer.lines_records_beyond_the_row_limit", summary.lines(),
						summary.records(), this.skipped)
				: m("control.control_report_xlsx_writer.lines_records", summary.lines(), summary.records()));
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
		int[] widths = { 8, 9, 11, 22, 15, 90 };
		for (int i = 0; i < widths.length; i++) {
			this.details.setColumnWidth(i, widths[i] * 256);
		}
		print(sheet, 3, Math.max(r, totals.getRowNum()), 3);
		print(this.details, 5, Math.max(0, this.row - 1), 1);
		try (OutputStream out = Files.newOutputStream(this.file)) {
			this.workbook.write(out);
		}
	}

	/** A4 landscape, one page wide, the header rows on every page, page numbers in the footer. */
	private void print(Sheet sheet, int lastColumn, int lastRow, int repeatRows) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		this.workbook.setPrintArea(this.workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
		sheet.setRepeatingRows(new CellRangeAddress(0, repeatRows - 1, 0, lastColumn));
		sheet.getFooter().setLeft(sheet.getSheetName());
		sheet.getFooter().setRight(m("control.control_report_xlsx_writer.page_of"));
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

	private String m(String key, Object... args) {
		return this.messages.get(key, args);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

}
