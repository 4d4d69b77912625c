package no.kostrabatch.report.csv;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

import no.kostrabatch.report.Messages;
import no.kostrabatch.report.Months;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.Regions;

import org.apache.commons.csv.CSVPrinter;

/**
 * The codebook rows of what a run holds: every region code with its name, every period code with
 * what it covers, and SSB's table symbols.
 */
final class CodebookRunRows {

	private final ReportData data;

	private final Messages nb = new Messages(Lang.NB);

	private final Messages en = new Messages(Lang.EN);

	CodebookRunRows(ReportData data) {
		this.data = data;
	}

	void write(CSVPrinter printer) throws IOException {
		for (String region : regions()) {
			row(printer, "region", "", "region", region, this.data.regions().name(region, Lang.NB),
					this.data.regions().name(region, Lang.EN), regionDefinition(region, Lang.NB),
					regionDefinition(region, Lang.EN));
		}
		TreeSet<String> tablePeriods = new TreeSet<>();
		TreeSet<String> monthPeriods = new TreeSet<>();
		for (Cell cell : this.data.cells()) {
			(MonthlyStatus.monthByMonth(this.data.catalog(), cell.tableId()) ? monthPeriods : tablePeriods).add(cell.period());
		}
		for (String period : tablePeriods) {
			row(printer, "period", "", "period", period, Months.label(period, Lang.NB), Months.label(period, Lang.EN),
					coverage(period, Lang.NB), coverage(period, Lang.EN));
		}
		for (String period : monthPeriods) {
			int year = Months.year(period);
			int month = Months.month(period);
			row(printer, "period", MonthlyStatus.TABLE, "period", period, Months.inText(year, month, Lang.NB),
					Months.inText(year, month, Lang.EN),
					this.nb.get("csv.codebook_run_rows.month", Months.inText(year, month, Lang.NB),
							Months.span(year, month, Lang.NB)),
					this.en.get("csv.codebook_run_rows.month", Months.inText(year, month, Lang.EN),
							Months.span(year, month, Lang.EN)));
		}
		symbol(printer, ":", "csv.codebook_run_rows.suppressed", "csv.codebook_run_rows.suppressed_definition");
		symbol(printer, ".", "csv.codebook_run_rows.not_applicable", "csv.codebook_run_rows.not_applicable_definition");
		symbol(printer, "..", "csv.codebook_run_rows.missing", "csv.codebook_run_rows.missing_definition");
	}

	private void symbol(CSVPrinter printer, String symbol, String label, String definition) throws IOException {
		row(printer, "symbol", "", "symbol", symbol, this.nb.get(label), this.en.get(label), this.nb.get(definition),
				this.en.get(definition));
	}

	private List<String> regions() {
		TreeSet<String> regions = new TreeSet<>();
		this.data.cells().forEach((c) -> regions.add(c.region()));
		return List.copyOf(regions);
	}

	private String regionDefinition(String region, Lang lang) {
		Messages messages = (lang == Lang.EN) ? this.en : this.nb;
		if (Regions.isGroup(region)) {
			return messages.get("csv.codebook_run_rows.group");
		}
		return messages.get(Regions.isDistrict(region) ? "csv.codebook_run_rows.district" : "csv.codebook_run_rows.municipality");
	}

	private String coverage(String period, Lang lang) {
		Messages messages = (lang == Lang.EN) ? this.en : this.nb;
		if (!Period.parse(period).isMonthly()) {
			return messages.get("csv.codebook_run_rows.year", period);
		}
		return messages.get("csv.codebook_run_rows.year_to_date", Months.span(Months.year(period), Months.month(period), lang));
	}

	private static void row(CSVPrinter printer, String kind, String table, String dimension, String code, String nb,
			String en, String definitionNb, String definitionEn) throws IOException {
		printer.printRecord(kind, table, dimension, CodebookCsvWriter.text(code), CodebookCsvWriter.text(nb),
				CodebookCsvWriter.text(en), "", "", "", "", CodebookCsvWriter.text(definitionNb),
				CodebookCsvWriter.text(definitionEn));
	}

}
