package no.kostrabatch.report.csv;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

import no.kostrabatch.report.Months;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.Regions;

import org.apache.commons.csv.CSVPrinter;

/**
 * The codebook rows of what a run holds: every region code with its name, every period code with
 * what it covers, and SSB's table symbols.
 */
final class CodebookRunRows {

	private final ReportData data;

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
			(MonthlyStatus.TABLE.equals(cell.tableId()) ? monthPeriods : tablePeriods).add(cell.period());
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
					"Måneden " + Months.inText(year, month, Lang.NB) + " for målene i måneden (*_month); "
							+ Months.span(year, month, Lang.NB) + " for målene hittil i år (*_ytd).",
					"The month of " + Months.inText(year, month, Lang.EN) + " for the measures of the month (*_month); "
							+ Months.span(year, month, Lang.EN) + " for the measures year to date (*_ytd).");
		}
		row(printer, "symbol", "", "symbol", ":", "Skjult av personvernhensyn", "Suppressed to protect individuals",
				"Tallet er skjult fordi det er lite (primær) eller fordi et lite tall ellers kunne regnes ut av det (sekundær).",
				"The figure is hidden because it is small (primary) or because a small figure could otherwise be worked out from it (secondary).");
		row(printer, "symbol", "", "symbol", ".", "Kan ikke forekomme", "Not applicable",
				"Tallet kan ikke regnes ut: prosent av uoppgitt, endring i prosent fra 0, endring i prosent av en andel.",
				"The figure cannot be worked out: the percent of unknown, a percentage change from 0, a percentage change of a share.");
		row(printer, "symbol", "", "symbol", "..", "Tall mangler", "Data missing",
				"Tallet finnes ikke: kilden har ikke variabelen det året (KOSTRA 11F har ikke statsborgerskap), det mangler befolkningstall, eller perioden før mangler, så ingen endring regnes ut.",
				"The figure does not exist: the source does not carry the variable that year (KOSTRA 11F has no citizenship), the population is missing, or the previous period is missing, so no change is worked out.");
	}

	private List<String> regions() {
		TreeSet<String> regions = new TreeSet<>();
		this.data.cells().forEach((c) -> regions.add(c.region()));
		return List.copyOf(regions);
	}

	private String regionDefinition(String region, Lang lang) {
		if (Regions.isGroup(region)) {
			return (lang == Lang.EN) ? "Comparison group: the unweighted mean of its municipalities' published figures."
					: "Sammenligningsgruppe: uvektet gjennomsnitt av kommunenes publiserte tall.";
		}
		if (Regions.isDistrict(region)) {
			return (lang == Lang.EN) ? "District (municipality number and district code)."
					: "Bydel (kommunenummer og bydelskode).";
		}
		return (lang == Lang.EN) ? "Municipality (municipality number)." : "Kommune (kommunenummer).";
	}

	private static String coverage(String period, Lang lang) {
		if (period.length() == 4) {
			return (lang == Lang.EN) ? "The year " + period + "." : "Året " + period + ".";
		}
		String span = Months.span(Months.year(period), Months.month(period), lang);
		return (lang == Lang.EN) ? "Year to date: " + span + " (every table but monthly_status)."
				: "Hittil i år: " + span + " (alle tabeller unntatt monthly_status).";
	}

	private static void row(CSVPrinter printer, String kind, String table, String dimension, String code, String nb,
			String en, String definitionNb, String definitionEn) throws IOException {
		printer.printRecord(kind, table, dimension, CodebookCsvWriter.text(code), CodebookCsvWriter.text(nb),
				CodebookCsvWriter.text(en), "", "", "", "", CodebookCsvWriter.text(definitionNb),
				CodebookCsvWriter.text(definitionEn));
	}

}
