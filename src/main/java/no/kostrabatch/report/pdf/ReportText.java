package no.kostrabatch.report.pdf;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import no.kostrabatch.report.Messages;
import no.kostrabatch.report.Months;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.text.NumberText;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The report's words and numbers in its language: phrases, labels of codes and measures (never a
 * raw code where a label exists), cells as printed (a number or SSB's symbol) and the date.
 */
final class ReportText {

	private final ReportData data;

	private final Lang lang;

	private final NumberText numbers;

	private final Messages messages;

	ReportText(ReportData data) {
		this.data = data;
		this.lang = data.info().lang();
		this.numbers = new NumberText(this.lang);
		this.messages = new Messages(this.lang);
	}

	Lang lang() {
		return this.lang;
	}

	NumberText numbers() {
		return this.numbers;
	}

	Locale locale() {
		return (this.lang == Lang.EN) ? Locale.UK : Locale.forLanguageTag("nb-NO");
	}

	/** The message of {@code key} in the report language (see {@link Messages}). */
	String m(String key, Object... args) {
		return this.messages.get(key, args);
	}

	String title() {
		return m("pdf.report_text.status_report_on_financial_social", Months.label(this.data.info().period(), this.lang));
	}

	/** The title of the comparison of all the cities of a run. */
	String comparisonTitle() {
		return m("pdf.report_text.the_cities_compared_financial_social", Months.label(this.data.info().period(), this.lang));
	}

	String date() {
		DateTimeFormatter format = DateTimeFormatter.ofPattern((this.lang == Lang.EN) ? "d MMMM yyyy" : "d. MMMM yyyy",
				locale());
		return this.data.info().runTime().atZone(ZoneId.of("Europe/Oslo")).format(format);
	}

	String region(String code) {
		return this.data.regions().name(code);
	}

	String measure(String id) {
		return this.data.catalog().measure(id).label().in(this.lang);
	}

	String unit(String id) {
		return this.data.catalog().measure(id).unit().in(this.lang);
	}

	int decimals(String measure) {
		return this.data.catalog().measure(measure).decimals();
	}

	/** A category's label; districts by their name, other codes by the codebook. */
	String category(TableDefinition table, String region, String code) {
		Dimension dimension = this.data.catalog().dimension(table.dim1());
		if ("district".equals(dimension.id()) && !Dimension.TOTAL.equals(code) && !Dimension.UNKNOWN.equals(code)) {
			return this.data.regions().districtName(Regions.municipalityOf(region), code);
		}
		return dimension.labelOf(code, this.lang);
	}

	/** A code's label in a dimension (never the raw code where the codebook has a label). */
	String label(String dimension, String code) {
		return this.data.catalog().dimension(dimension).labelOf(code, this.lang);
	}

	/** A dimension's name. */
	String dimension(String dimension) {
		return this.data.catalog().dimension(dimension).label().in(this.lang);
	}

	/** A cell as printed: its number with the measure's decimals, or its symbol; absent is "..". */
	String cell(Optional<Cell> cell) {
		if (cell.isEmpty()) {
			return Symbol.MISSING.text();
		}
		Cell c = cell.get();
		return c.hasValue() ? this.numbers.format(c.value(), decimals(c.measure())) : c.symbol().text();
	}

	/** A change as printed: signed with {@code decimals}, or its symbol; absent is "..". */
	String signed(Optional<Cell> change, int decimals) {
		return change.map((c) -> c.hasValue() ? this.numbers.signed(c.value(), decimals) : c.symbol().text())
			.orElse(Symbol.MISSING.text());
	}

	String number(BigDecimal value, int decimals) {
		return this.numbers.format(value, decimals);
	}

	String disclosure() {
		return switch (this.data.info().disclosure()) {
			case PUBLIC -> m("pdf.report_text.public_edition_small_counts_are");
			case INTERNAL -> m("pdf.report_text.internal_edition_every_number_is");
		};
	}

	/** The marking every page of an internal report carries in its header and footer, or {@code null} for a public one. */
	String internalMark() {
		return (this.data.info().disclosure() == no.kostrabatch.disclosure.DisclosureMode.INTERNAL)
				? m("pdf.report_text.internal_internal_report_not_for")
				: null;
	}

	/** A heading on the page a table continues on: "Mottakere etter alder (forts.)". */
	String continued(String heading) {
		return m("pdf.report_text.cont", heading);
	}

	String symbols() {
		return m("pdf.report_text.symbols_in_the_tables_suppressed");
	}

}
