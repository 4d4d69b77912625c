package no.kostrabatch.input.internal;

import java.util.regex.Pattern;

/**
 * Rejection reasons in bokmål that name the line and field and show what was found only when its
 * shape cannot be personal data (a short number, a month): anything else, such as a shifted
 * fødselsnummer, birth date, journal number or case worker, is described, never shown.
 */
final class Reasons {

	static final Pattern MUNICIPALITY_LIKE = Pattern.compile("\\d{1,5}");

	static final Pattern MONTH_LIKE = Pattern.compile("\\d{4}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{4}|\\d{1,4}");

	static final Pattern AMOUNT_LIKE = Pattern.compile("[-+]?(\\d{1,5}|\\d{1,2}[ .\u00A0]\\d{3})([.,]\\d{1,2})?");

	private Reasons() {
	}

	/**
	 * E.g. "Linje 3: feltet PERIODE har '2025-13', forventet ÅÅÅÅ-MM".
	 * @param found the value in the file (trimmed)
	 * @param safe the shapes that may be shown
	 * @param described what to say instead of a value that may not be shown
	 */
	static String field(long line, String field, String found, Pattern safe, String described, String expected) {
		String what;
		if (found.isEmpty()) {
			what = "er tomt";
		}
		else if (safe.matcher(found).matches()) {
			what = "har '" + found + "'";
		}
		else {
			what = "har " + described + " (verdien vises ikke)";
		}
		return "Linje " + line + ": feltet " + field + " " + what + ", forventet " + expected;
	}

	/** An amount above {@link ReferenceCodes#MAX_MONTHLY_AMOUNT}: never shown. */
	static String tooLarge(long line, String field) {
		return "Linje " + line + ": feltet " + field + " har et beløp over 999 999 kr for én måned (verdien vises "
				+ "ikke), forventet et helt antall kroner under 1 000 000";
	}

	/** A four-digit municipality number that is no municipality in the year. */
	static String unknownMunicipality(long line, String found, int year) {
		return "Linje " + line + ": feltet KOMMUNE_NR har '" + found + "', som ikke er et kommunenummer i " + year
				+ "; linjen telles ikke (rett kommunenummeret og les inn filen på nytt)";
	}

	/** The line carries no person identifier at all. */
	static String noPerson(long line) {
		return "Linje " + line
				+ ": mangler personidentifikasjon (PERSON_FODSELSNR, PERSON_DUF og PERSON_JOURNALNR er tomme)";
	}

	/** Four ASCII digits. */
	static boolean isMunicipality(String text) {
		return text.length() == 4 && isDigits(text, 0, 4);
	}

	static boolean isDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
