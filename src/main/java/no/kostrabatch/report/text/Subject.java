package no.kostrabatch.report.text;

import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;

/**
 * What a change sentence is about, with its words in bokmål and English. A count is of persons; a
 * level (a share, a mean, an amount) has its own unit.
 */
public enum Subject {

	RECIPIENTS("Antall sosialhjelpsmottakere", "The number of recipients", null, null),
	MAIN_INCOME_SA("Antall med sosialhjelp som hovedinntekt", "The number with assistance as their main income", null,
			null),
	LONG_TERM("Antall langtidsmottakere", "The number of long-term recipients", null, null),
	YOUTH("Antall mottakere 18–24 år", "The number of recipients aged 18–24", null, null),
	SHARE_MAIN_INCOME_SA("Andelen med sosialhjelp som hovedinntekt", "The share with assistance as their main income",
			"prosent", "per cent"),
	SHARE_LONG_TERM("Andelen langtidsmottakere", "The share of long-term recipients", "prosent", "per cent"),
	MEAN_MONTHS("Gjennomsnittlig stønadstid", "The mean duration", "måneder", "months"),
	NOK_PER_RECIPIENT("Utbetalt stønad per mottaker", "Assistance paid per recipient", "kroner", "NOK"),
	NOK_PER_MONTH("Utbetalt stønad per stønadsmåned", "Assistance paid per support month", "kroner", "NOK");

	private final String nb;

	private final String en;

	private final String unitNb;

	private final String unitEn;

	Subject(String nb, String en, String unitNb, String unitEn) {
		this.nb = nb;
		this.en = en;
		this.unitNb = unitNb;
		this.unitEn = unitEn;
	}

	/** The subject, with "i Bergen" / "in Bergen" when a place is given. */
	String words(Lang lang, @Nullable String place) {
		String words = (lang == Lang.EN) ? this.en : this.nb;
		return (place == null) ? words : words + ((lang == Lang.EN) ? " in " : " i ") + place;
	}

	/** Whether the subject counts persons (else it is a level with a unit). */
	boolean isCount() {
		return this.unitNb == null;
	}

	/** Whether the subject is a share in per cent, whose changes are percentage points. */
	boolean isShare() {
		return "prosent".equals(this.unitNb);
	}

	String unit(Lang lang) {
		return (lang == Lang.EN) ? this.unitEn : this.unitNb;
	}

}
