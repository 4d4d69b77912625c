package no.kostrabatch.report;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV injection): text starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe.
 * Plain numbers, negative ones included, are left alone so they stay numbers.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String text(String value) {
		if (value == null || value.isEmpty() || isPlainNumber(value)) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

	static boolean isPlainNumber(String value) {
		return value.matches("-?\\d+(\\.\\d+)?");
	}

}
