package no.kostrabatch.statistics;

import java.util.regex.Pattern;

/** Finds the line of a key in a catalogue file, for a sentence about a mistake Jackson cannot see. */
final class Lines {

	private Lines() {
	}

	/**
	 * The 1-based line of {@code subKey} under the top-level {@code key} (of {@code key} itself when
	 * {@code subKey} is {@code null} or not there), or 0 when the key is not found.
	 */
	static int of(String text, String key, String subKey) {
		String[] lines = text.split("\n", -1);
		Pattern top = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
		Pattern sub = (subKey != null) ? Pattern.compile("^\\s+[\"']?" + Pattern.quote(subKey) + "[\"']?\\s*:.*") : null;
		Pattern inline = (subKey != null) ? Pattern.compile(".*[{,]\\s*" + Pattern.quote(subKey) + "\\s*:.*") : null;
		for (int i = 0; i < lines.length; i++) {
			if (!top.matcher(lines[i]).matches()) {
				continue;
			}
			if (sub == null || inline.matcher(lines[i]).matches()) {
				return i + 1;
			}
			for (int j = i + 1; j < lines.length && (lines[j].isEmpty() || Character.isWhitespace(lines[j].charAt(0))
					|| lines[j].startsWith("#")); j++) {
				if (sub.matcher(lines[j]).matches()) {
					return j + 1;
				}
			}
			return i + 1;
		}
		return 0;
	}

}
