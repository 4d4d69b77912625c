package no.kostrabatch.report.excel;

import java.util.List;

import no.kostrabatch.report.Months;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Label;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.Regions;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What every sheet writer needs: the workbook, its styles, the data and the language. */
record Context(XSSFWorkbook workbook, Styles styles, ReportData data, ReportLabels labels) {

	Lang lang() {
		return this.labels.lang();
	}

	String m(String key, Object... args) {
		return this.labels.m(key, args);
	}

	String in(Label label) {
		return label.in(lang());
	}

	String period() {
		return this.data.info().period();
	}

	/**
	 * A period as a person reads it in a heading: a year as it is ({@code 2025}), a month's year to date as
	 * its months ("januar–mars 2025"), never the bare code {@code 2025-03}, which reads as March alone.
	 */
	String label(String period) {
		return Months.label(period, lang());
	}

	/** The heading of the change between two periods: their years ("Endring 2024–2025"). */
	String change(String before, String now) {
		return m("excel.columns.change", Months.year(before), Months.year(now));
	}

	/** The period compared with, or {@code null} when the data has none. */
	String previous() {
		return this.data.previousPeriod();
	}

	List<String> municipalities() {
		return this.data.info().municipalities();
	}

	String regionName(String region) {
		return this.data.regions().name(region);
	}

	/** A district's name ({@code NNNNDD}) without its municipality's. */
	String districtName(String region) {
		String code = region.substring(4);
		String name = this.data.regions().districtName(Regions.municipalityOf(region), code);
		return name.equals(code) ? m("excel.context.district_office", code) : name;
	}

	/** A category's label; districts are named from the reference data, never shown as bare codes. */
	String category(Dimension dimension, String region, String code) {
		if ("district".equals(dimension.id()) && dimension.category(code).isEmpty()) {
			String name = this.data.regions().districtName(Regions.municipalityOf(region), code);
			return name.equals(code) ? m("excel.context.district_office", code) : name;
		}
		return dimension.labelOf(code, lang());
	}

	/** Whether the run is a month ({@code YYYY-MM}): the workbook is then the controller's monthly workbook. */
	boolean monthly() {
		return Period.parse(period()).isMonthly();
	}

	/** The marking every sheet of an internal report carries. */
	String mark() {
		return m("excel.context.internal_internal_report_not_for");
	}

	String symbolsNote() {
		return this.labels.symbolsExplained();
	}

}
