package no.kostrabatch.input;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Input file names as the store and the log keep them. A name can hold a person's number
 * ({@code 12345678901-klage.csv}), so only the base name is kept, and every run of 11 or more digits
 * (the length of a fødselsnummer or D-number) is masked as {@code #}: {@code ###########-klage.csv}.
 */
public final class InputFileNames {

	private static final Pattern IDENTIFIER_LIKE = Pattern.compile("\\d{11,}");

	private InputFileNames() {
	}

	/** The file's base name, masked when it holds a run of 11 or more digits. */
	public static String stored(Path file) {
		Path name = file.getFileName();
		return masked((name != null) ? name.toString() : file.toString());
	}

	/** The text with every run of 11 or more digits masked as {@code #}, one for each digit. */
	public static String masked(String text) {
		Matcher matcher = IDENTIFIER_LIKE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, "#".repeat(matcher.group().length()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
