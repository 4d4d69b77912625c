package no.kostrabatch.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;

/** Texts and number formats shared by the report writers, in the report language. */
public final class ReportLabels {

	private final Lang lang;

	public ReportLabels(Lang lang) {
		this.lang = lang;
	}

	public Lang lang() {
		return this.lang;
	}

	public String t(String nb, String en) {
		return (this.lang == Lang.EN) ? en : nb;
	}

	/** A number as printed: Norwegian uses a space between thousands and a decimal comma. */
	public String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance((this.lang == Lang.EN) ? Locale.UK : Locale.ROOT);
		if (this.lang == Lang.NB) {
			symbols.setGroupingSeparator('\u00A0');
			symbols.setDecimalSeparator(',');
			symbols.setMinusSign('−');
		}
		DecimalFormat format = new DecimalFormat((value.scale() > 0) ? "#,##0.0" : "#,##0", symbols);
		return format.format(value);
	}

	/** A cell as printed: its number, or its symbol. */
	public String cell(Cell cell) {
		if (cell == null) {
			return "..";
		}
		return cell.hasValue() ? number(cell.value()) : cell.symbol().text();
	}

	public String symbolsExplained() {
		return t("Symboler: «:» skjult av personvernhensyn (små tall), «.» kan ikke forekomme, «..» tall mangler.",
				"Symbols: ':' suppressed to protect individuals (small counts), '.' cannot occur, '..' data missing.");
	}

	public String disclosure(no.kostrabatch.disclosure.DisclosureMode mode) {
		return (mode == no.kostrabatch.disclosure.DisclosureMode.PUBLIC)
				? t("Offentlig: små tall er skjult (:) så ingen kan identifiseres.",
						"Public: small counts are suppressed (:) so that no one can be identified.")
				: t("Internt: alle tall vises. Skal ikke publiseres.", "Internal: every number is shown. Not for publication.");
	}

}
