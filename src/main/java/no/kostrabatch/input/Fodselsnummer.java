package no.kostrabatch.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Norwegian national identity numbers (fødselsnummer), D-numbers and synthetic numbers, read as SSB's
 * control program reads them: modulus 11 check digits, SSB's placeholder suffixes, birth date with
 * the century from the individual number, and age as reporting year − birth year.
 */
public final class Fodselsnummer {

	private static final int[] WEIGHTS_1 = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };

	private static final int[] WEIGHTS_2 = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

	private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMuuuu")
		.withResolverStyle(ResolverStyle.SMART);

	private Fodselsnummer() {
	}

	/** Exactly 11 digits with both modulus 11 check digits right (no date check). */
	public static boolean hasValidCheckDigits(String number) {
		if (!isDigits(number, 11)) {
			return false;
		}
		return checkSum(number, WEIGHTS_1, 9) && checkSum(number, WEIGHTS_2, 10);
	}

	/**
	 * Valid as Rule 005 sees it: check digits right, or one of SSB's placeholder suffixes
	 * ({@code 00100}, {@code 00200}, {@code 99999}) with a readable birth date.
	 */
	public static boolean isValidFnrOrDnr(String number, int reportingYear) {
		String trimmed = (number != null) ? number.trim() : "";
		if (hasValidCheckDigits(trimmed)) {
			return true;
		}
		return isDigits(trimmed, 11) && isPlaceholder(trimmed) && birthDate(trimmed, reportingYear).isPresent();
	}

	/**
	 * Valid as the 2024 release's Rule 005 sees it: as {@link #isValidFnrOrDnr}, but a placeholder's
	 * date may be a D-number or synthetic date ({@link #birthDateV2024}).
	 */
	public static boolean isValidFnrOrDnrV2024(String number, int reportingYear) {
		String trimmed = (number != null) ? number.trim() : "";
		if (hasValidCheckDigits(trimmed)) {
			return true;
		}
		return isDigits(trimmed, 11) && isPlaceholder(trimmed) && birthDateV2024(trimmed, reportingYear).isPresent();
	}

	/** Ends with one of SSB's placeholder suffixes. */
	public static boolean isPlaceholder(String number) {
		return isDigits(number, 11)
				&& (number.endsWith("00100") || number.endsWith("00200") || number.endsWith("99999"));
	}

	/** A synthetic number (month + 80), as made by FREG/Tenor test data. */
	public static boolean isSynthetic(String number) {
		return isDigits(number, 11) && number.charAt(2) >= '8';
	}

	/** The birth date read from the number, or empty when it cannot be read (see §4b of the facts). */
	public static Optional<LocalDate> birthDate(String number, int reportingYear) {
		return birthDate(number, reportingYear, false);
	}

	/**
	 * The birth date as the 2024 release reads it: as {@link #birthDate}, but a placeholder's date is
	 * read as a D-number (day + 40) or synthetic date (month + 80) too.
	 */
	public static Optional<LocalDate> birthDateV2024(String number, int reportingYear) {
		return birthDate(number, reportingYear, true);
	}

	/** Age reached in the reporting year as the 2024 release reads the number ({@link #birthDateV2024}). */
	public static OptionalInt ageV2024(String number, int reportingYear) {
		return birthDateV2024(number, reportingYear).map((d) -> OptionalInt.of(reportingYear - d.getYear()))
			.orElse(OptionalInt.empty());
	}

	private static Optional<LocalDate> birthDate(String number, int reportingYear, boolean placeholderDNumbers) {
		if (!isDigits(number, 11)) {
			return Optional.empty();
		}
		if (isPlaceholder(number)) {
			String date = placeholderDNumbers ? withoutOffsets(number) : number.substring(0, 6);
			Optional<LocalDate> parsed = parse(date.substring(0, 4) + "20" + date.substring(4, 6));
			return parsed.map((d) -> d.isAfter(LocalDate.of(reportingYear + 1, 12, 31)) ? d.minusYears(100) : d);
		}
		char[] digits = withoutOffsets(number).toCharArray();
		String six = new String(digits, 0, 6);
		int yy = Integer.parseInt(six.substring(4, 6));
		int individual = Integer.parseInt(number.substring(6, 9));
		return parse(six.substring(0, 4) + century(individual, yy) + six.substring(4, 6));
	}

	/** The birth year, if the birth date can be read. */
	public static OptionalInt birthYear(String number, int reportingYear) {
		return birthDate(number, reportingYear).map((d) -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
	}

	/** Age reached in the reporting year (reporting year − birth year). */
	public static OptionalInt age(String number, int reportingYear) {
		OptionalInt year = birthYear(number, reportingYear);
		return year.isPresent() ? OptionalInt.of(reportingYear - year.getAsInt()) : OptionalInt.empty();
	}

	/** The six date digits without the D-number (day + 40) and synthetic (month + 80) offsets. */
	private static String withoutOffsets(String number) {
		char[] digits = number.substring(0, 6).toCharArray();
		if (digits[0] > '3') {
			digits[0] -= 4;
		}
		if (digits[2] >= '8') {
			digits[2] -= 8;
		}
		return new String(digits);
	}

	/**
	 * Completes nine digits (date and individual number) with the two check digits, or returns empty
	 * when no valid check digit exists for them (a remainder of 10).
	 */
	public static Optional<String> withCheckDigits(String nineDigits) {
		if (!isDigits(nineDigits, 9)) {
			throw new IllegalArgumentException("Nine digits expected");
		}
		int k1 = checkDigit(nineDigits, WEIGHTS_1);
		if (k1 < 0) {
			return Optional.empty();
		}
		String ten = nineDigits + k1;
		int k2 = checkDigit(ten, WEIGHTS_2);
		return (k2 < 0) ? Optional.empty() : Optional.of(ten + k2);
	}

	private static int checkDigit(String digits, int[] weights) {
		int remainder = 11 - weightedSum(digits, weights, weights.length) % 11;
		if (remainder == 11) {
			return 0;
		}
		return (remainder == 10) ? -1 : remainder;
	}

	private static boolean checkSum(String number, int[] weights, int checkPosition) {
		return (weightedSum(number, weights, weights.length) + digit(number, checkPosition)) % 11 == 0;
	}

	private static int weightedSum(String number, int[] weights, int count) {
		int sum = 0;
		for (int i = 0; i < count; i++) {
			sum += digit(number, i) * weights[i];
		}
		return sum;
	}

	private static String century(int individual, int yy) {
		if (individual >= 500 && yy <= 39) {
			return "20";
		}
		if (individual >= 500 && individual <= 749 && yy >= 54) {
			return "18";
		}
		if (individual <= 499) {
			return "19";
		}
		if (individual >= 900 && yy >= 40) {
			return "19";
		}
		return "20";
	}

	private static Optional<LocalDate> parse(String ddMMyyyy) {
		try {
			return Optional.of(LocalDate.parse(ddMMyyyy, DDMMYY));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static int digit(String number, int index) {
		return number.charAt(index) - '0';
	}

	static boolean isDigits(String text, int length) {
		if (text == null || text.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
