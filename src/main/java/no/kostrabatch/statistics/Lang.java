package no.kostrabatch.statistics;

/** Report language: Norwegian bokmål (default) or English. */
public enum Lang {

	NB, EN;

	public static Lang parse(String text) {
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "nb", "no", "nob" -> NB;
			case "en", "eng" -> EN;
			default -> throw new IllegalArgumentException("Unknown language '" + text + "': use nb or en");
		};
	}

}
