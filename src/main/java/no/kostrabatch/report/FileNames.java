package no.kostrabatch.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kostrabatch.disclosure.DisclosureMode;

/**
 * File names as reports show them. A name may hold an identifier (a fødselsnummer, a DUF number, a
 * journal number), so a public output masks every run of 6 or more digits ({@code oslo-202501.csv}
 * becomes {@code oslo-######.csv}, a birth date or an identifier cannot be read from it), and an
 * internal one every run of 11 or more (the length of a fødselsnummer).
 */
public final class FileNames {

	private static final Pattern PUBLIC = Pattern.compile("\\d{6,}");

	private static final Pattern INTERNAL = Pattern.compile("\\d{11,}");

	private FileNames() {
	}

	/** The name with its long runs of digits masked as {@code disclosure} requires. */
	public static String shown(String name, DisclosureMode disclosure) {
		Matcher matcher = ((disclosure == DisclosureMode.PUBLIC) ? PUBLIC : INTERNAL).matcher(name);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, "#".repeat(matcher.group().length()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
