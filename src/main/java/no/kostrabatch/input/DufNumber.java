package no.kostrabatch.input;

/** DUF numbers (the immigration authorities' case numbers): 12 digits with a two-digit check. */
public final class DufNumber {

	private static final int[] WEIGHTS = { 4, 6, 3, 2, 4, 6, 3, 2, 7, 5 };

	private DufNumber() {
	}

	/** Exactly 12 digits whose weighted sum of digits 1–10 mod 11 equals digits 11–12. */
	public static boolean isValid(String number) {
		if (!Fodselsnummer.isDigits(number, 12)) {
			return false;
		}
		return checkOf(number.substring(0, 10)) == Integer.parseInt(number.substring(10));
	}

	/** The two check digits of ten digits, as a number 0–10. */
	public static int checkOf(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		return sum % 11;
	}

}
