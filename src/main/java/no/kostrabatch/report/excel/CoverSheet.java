package no.kostrabatch.report.excel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.Months;
import no.kostrabatch.report.RunInfo;
import no.kostrabatch.statistics.Symbol;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The cover: what the workbook covers, where the figures come from, and how to read the symbols. */
final class CoverSheet {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final Context context;

	CoverSheet(Context context) {
		this.context = context;
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		RunInfo info = this.context.data().info();
		List<String> names = this.context.municipalities().stream().map(this.context::regionName).toList();
		Xl.text(Xl.row(sheet, 0), 0, this.context.monthly()
				? this.context.m("excel.cover_sheet.social_assistance_monthly_status")
				: this.context.m("excel.cover_sheet.social_assistance_tables"), styles.title);
		Xl.text(Xl.row(sheet, 1), 0, String.join(", ", names) + " " + info.period(), styles.bold);
		if (this.context.monthly()) {
			Xl.text(Xl.row(sheet, 2), 0, this.context.mark(), styles.mark);
		}
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { (names.size() == 1) ? this.context.m("excel.cover_sheet.municipality")
				: this.context.m("excel.cover_sheet.municipalities"), String.join(", ", names) });
		lines.add(new String[] { this.context.m("excel.cover_sheet.period"), info.period() });
		if (this.context.monthly()) {
			monthly(lines);
		}
		else if (this.context.previous() != null) {
			lines.add(new String[] { this.context.m("excel.cover_sheet.compared_with"), this.context.previous() });
		}
		lines.add(new String[] { this.context.m("excel.cover_sheet.source_files"), String.join(", ", info.sourceFiles()) });
		lines.add(new String[] { this.context.m("excel.cover_sheet.run_at"),
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(info.runTime().atZone(OSLO)) });
		lines.add(new String[] { this.context.m("excel.cover_sheet.disclosure"), disclosure(info.disclosure()) });
		lines.add(new String[] { this.context.m("excel.cover_sheet.symbols"), symbol(Symbol.SUPPRESSED) });
		lines.add(new String[] { "", symbol(Symbol.NOT_APPLICABLE) });
		lines.add(new String[] { "", symbol(Symbol.MISSING) });
		lines.add(new String[] { this.context.m("excel.cover_sheet.numbers"), this.context.m("excel.cover_sheet.counts_with_thousands_separators_percentages") });
		lines.add(new String[] { this.context.m("excel.cover_sheet.source"), this.context.m("excel.cover_sheet.the_municipalitys_case_system_counted") });
		int r = 3;
		for (String[] line : lines) {
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, line[0], styles.boldTop);
			Xl.text(row, 1, line[1], styles.wrap);
			int height = Math.max(line[1].split("\n").length, (int) Math.ceil(line[1].length() / 95.0));
			row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, 14f * Math.max(1, height)));
		}
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		Xl.print(sheet, true, 1, r, 0);
	}

	/** Excel's tallest row, in points. */
	static final float MAX_ROW_HEIGHT = 409f;

	private void monthly(List<String[]> lines) {
		int year = Months.year(this.context.period());
		int month = Months.month(this.context.period());
		String months = Months.span(year, month, this.context.lang());
		lines.add(new String[] { this.context.m("excel.cover_sheet.report"),
				this.context.m("excel.cover_sheet.internal_report_not_for_publication") });
		lines.add(new String[] { this.context.m("excel.cover_sheet.months"),
				this.context.m("excel.cover_sheet.month_by_month_and_year", months) });
		boolean lastYear = !this.context.data().monthlyPeriods(year - 1).isEmpty();
		lines.add(new String[] { this.context.m("excel.cover_sheet.compared_with"),
				lastYear ? Months.span(year - 1, month, this.context.lang())
						: this.context.m("excel.cover_sheet.the_store_has_no_figures") });
		lines.add(new String[] { this.context.m("excel.cover_sheet.new_recipients"), this.context.m("excel.cover_sheet.support_in_the_month_and") });
		lines.add(new String[] { this.context.m("excel.cover_sheet.year_to_date"), this.context.m("excel.cover_sheet.january_up_to_the_month")
				+ this.context.data().catalog().measure("long_term_ytd").definition().in(this.context.lang()) });
	}

	private String disclosure(DisclosureMode mode) {
		return (mode == DisclosureMode.PUBLIC) ? this.context.m("excel.cover_sheet.public_small_counts_are_suppressed")
				: this.context.m("excel.cover_sheet.internal_every_number_is_shown");
	}

	private String symbol(Symbol symbol) {
		String meaning = switch (symbol) {
			case SUPPRESSED -> this.context.m("excel.cover_sheet.suppressed_to_protect_individuals_small");
			case NOT_APPLICABLE -> this.context.m("excel.cover_sheet.cannot_occur");
			case MISSING -> this.context.m("excel.cover_sheet.data_missing");
		};
		return symbol.text() + "   " + meaning;
	}

}
