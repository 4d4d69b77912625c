package no.kostrabatch.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a field of an 11F record is read, the way SSB's control program reads it; the control rules
 * and the import both read through here, so that what Rule 002 calls a number is the number the
 * statistics count.
 * <ul>
 * <li>Trimming removes whitespace and Unicode spaces (NBSP, em space, ideographic space) from both
 * ends, but not other control characters: a NUL-padded field is not blank.</li>
 * <li>An integer is an optional single sign and decimal digits of any script (full-width
 * {@code １０００} is 1000); {@code ++5} or {@code +-5} is no integer.</li>
 * <li>A date has exactly the pattern's length in ASCII digits and is a real date; year 0000 is
 * none (the pattern's {@code yyyy} is a year of the Common Era).</li>
 * </ul>
 */
public final class ElevenFValues {

	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	private ElevenFValues() {
	}

	/** A character trimming removes: whitespace or a Unicode space separator. */
	public static boolean isBlankCharacter(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** The text without blank characters at either end. */
	public static String trim(String text) {
		int from = 0;
		int to = text.length();
		while (from < to && isBlankCharacter(text.charAt(from))) {
			from++;
		}
		while (to > from && isBlankCharacter(text.charAt(to - 1))) {
			to--;
		}
		return text.substring(from, to);
	}

	/** The text holds nothing but blank characters. */
	public static boolean isBlank(String text) {
		return trim(text).isEmpty();
	}

	/** The trimmed text as an integer, or empty when it is blank or no integer. */
	public static OptionalLong integer(String text) {
		String value = trim(text);
		if (value.isEmpty() || value.length() > 18) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/** The trimmed text as a date in {@code pattern} ({@code ddMMyyyy} or {@code ddMMyy}), or empty. */
	public static Optional<LocalDate> date(String text, String pattern) {
		String value = trim(text);
		if (value.length() != pattern.length() || !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value, formatter(pattern)));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** The parser of a date pattern: year of era (no year 0), SSB's lenient ("smart") day handling. */
	public static DateTimeFormatter formatter(String pattern) {
		return FORMATTERS.computeIfAbsent(pattern,
				(p) -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.SMART));
	}

}
