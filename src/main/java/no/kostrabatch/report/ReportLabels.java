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

	private final Messages messages;

	public ReportLabels(Lang lang) {
		this.lang = lang;
		this.messages = new Messages(lang);
	}

	public Lang lang() {
		return this.lang;
	}

	/** The message of {@code key} in the report language (see {@link Messages}). */
	public String m(String key, Object... args) {
		return this.messages.get(key, args);
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
		return m("report.report_labels.symbols_suppressed_to_protect_individuals");
	}

	public String disclosure(no.kostrabatch.disclosure.DisclosureMode mode) {
		return (mode == no.kostrabatch.disclosure.DisclosureMode.PUBLIC)
				? m("report.report_labels.public_small_counts_are_suppressed")
				: m("report.report_labels.internal_every_number_is_shown");
	}

}
