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
				? this.context.t("Økonomisk sosialhjelp – månedsstatus", "Social assistance – monthly status")
				: this.context.t("Økonomisk sosialhjelp – tabeller", "Social assistance – tables"), styles.title);
		Xl.text(Xl.row(sheet, 1), 0, String.join(", ", names) + " " + info.period(), styles.bold);
		if (this.context.monthly()) {
			Xl.text(Xl.row(sheet, 2), 0, this.context.mark(), styles.mark);
		}
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { (names.size() == 1) ? this.context.t("Kommune", "Municipality")
				: this.context.t("Kommuner", "Municipalities"), String.join(", ", names) });
		lines.add(new String[] { this.context.t("Periode", "Period"), info.period() });
		if (this.context.monthly()) {
			monthly(lines);
		}
		else if (this.context.previous() != null) {
			lines.add(new String[] { this.context.t("Sammenlignet med", "Compared with"), this.context.previous() });
		}
		lines.add(new String[] { this.context.t("Kildefiler", "Source files"), String.join("\n", info.sourceFiles()) });
		lines.add(new String[] { this.context.t("Kjørt", "Run at"),
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(info.runTime().atZone(OSLO)) });
		lines.add(new String[] { this.context.t("Personvern", "Disclosure"), disclosure(info.disclosure()) });
		lines.add(new String[] { this.context.t("Symboler", "Symbols"), symbol(Symbol.SUPPRESSED) });
		lines.add(new String[] { "", symbol(Symbol.NOT_APPLICABLE) });
		lines.add(new String[] { "", symbol(Symbol.MISSING) });
		lines.add(new String[] { this.context.t("Tall", "Numbers"), this.context.t(
				"Antall med tusenskille, prosent og gjennomsnitt med én desimal. Endring er i år minus i fjor.",
				"Counts with thousands separators, percentages and means with one decimal. Change is this year minus last year.") });
		lines.add(new String[] { this.context.t("Kilde", "Source"), this.context.t(
				"Kommunens fagsystem, talt slik SSB teller mottakere av økonomisk sosialhjelp (kostra-batch).",
				"The municipality's case system, counted as Statistics Norway counts recipients of social assistance (kostra-batch).") });
		int r = 3;
		for (String[] line : lines) {
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, line[0], styles.boldTop);
			Xl.text(row, 1, line[1], styles.wrap);
			int height = Math.max(line[1].split("\n").length, (int) Math.ceil(line[1].length() / 95.0));
			row.setHeightInPoints(14f * Math.max(1, height));
		}
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		Xl.print(sheet, true, 1, r, 0);
	}

	private void monthly(List<String[]> lines) {
		int year = Months.year(this.context.period());
		int month = Months.month(this.context.period());
		String months = Months.span(year, month, this.context.lang());
		lines.add(new String[] { this.context.t("Rapport", "Report"),
				this.context.t("Intern rapport – ikke for publisering", "Internal report – not for publication") });
		lines.add(new String[] { this.context.t("Måneder", "Months"),
				this.context.t("Måned for måned og hittil i år, " + months, "Month by month and year to date, " + months) });
		boolean lastYear = !this.context.data().monthlyPeriods(year - 1).isEmpty();
		lines.add(new String[] { this.context.t("Sammenlignet med", "Compared with"),
				lastYear ? Months.span(year - 1, month, this.context.lang())
						: this.context.t("ingen tall for i fjor i lageret", "the store has no figures for last year") });
		lines.add(new String[] { this.context.t("Nye mottakere", "New recipients"), this.context.t(
				"Stønad i måneden og ingen stønad de tre månedene før (for januar–mars ses det på oktober–desember i fjor).",
				"Support in the month and none in the three months before (for January–March, October–December of last year count).") });
		lines.add(new String[] { this.context.t("Hittil i år", "Year to date"), this.context.t(
				"Fra januar til og med måneden: mottakere, utbetalt, langtidsmottakere og gjennomsnittlig stønadstid. ",
				"January up to the month: recipients, paid, long-term recipients and mean duration. ")
				+ this.context.data().catalog().measure("long_term_ytd").definition().in(this.context.lang()) });
	}

	private String disclosure(DisclosureMode mode) {
		return (mode == DisclosureMode.PUBLIC) ? this.context.t("Offentlig – små tall er skjult (:)",
				"Public – small counts are suppressed (:)")
				: this.context.t("Internt – alle tall vises", "Internal – every number is shown");
	}

	private String symbol(Symbol symbol) {
		String meaning = switch (symbol) {
			case SUPPRESSED -> this.context.t("skjult av personvernhensyn (små tall, og tall de kan regnes ut fra)",
					"suppressed to protect individuals (small counts, and counts they could be worked out from)");
			case NOT_APPLICABLE -> this.context.t("kan ikke forekomme", "cannot occur");
			case MISSING -> this.context.t("tall mangler", "data missing");
		};
		return symbol.text() + "   " + meaning;
	}

}
