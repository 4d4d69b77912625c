package no.kostrabatch.report.pdf;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

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

	ReportText(ReportData data) {
		this.data = data;
		this.lang = data.info().lang();
		this.numbers = new NumberText(this.lang);
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

	String t(String nb, String en) {
		return (this.lang == Lang.EN) ? en : nb;
	}

	String title() {
		return t("Statusrapport for økonomisk sosialhjelp ", "Status report on financial social assistance ")
				+ Months.label(this.data.info().period(), this.lang);
	}

	/** The title of the comparison of all the cities of a run. */
	String comparisonTitle() {
		return t("Sammenligning av byene: økonomisk sosialhjelp ", "The cities compared: financial social assistance ")
				+ Months.label(this.data.info().period(), this.lang);
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

	String number(BigDecimal value, int decimals) {
		return this.numbers.format(value, decimals);
	}

	String disclosure() {
		return switch (this.data.info().disclosure()) {
			case PUBLIC -> t("Offentlig utgave: små tall er skjult (:) slik at ingen kan kjennes igjen.",
					"Public edition: small counts are suppressed (:) so that no one can be identified.");
			case INTERNAL -> t("Intern utgave: alle tall vises, også små. Skal ikke publiseres.",
					"Internal edition: every number is shown, small ones too. Not for publication.");
		};
	}

	/** The marking every page of an internal report carries in its header and footer, or {@code null} for a public one. */
	String internalMark() {
		return (this.data.info().disclosure() == no.kostrabatch.disclosure.DisclosureMode.INTERNAL)
				? t("INTERNT – Intern rapport – ikke for publisering", "INTERNAL – Internal report – not for publication")
				: null;
	}

	/** A heading on the page a table continues on: "Mottakere etter alder (forts.)". */
	String continued(String heading) {
		return heading + t(" (forts.)", " (cont.)");
	}

	String symbols() {
		return t("Symboler i tabellene: «:» skjult av personvernhensyn, «.» kan ikke forekomme, «..» tall mangler.",
				"Symbols in the tables: ':' suppressed to protect individuals, '.' cannot occur, '..' data missing.");
	}

}
