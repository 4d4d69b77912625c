package no.kostrabatch.disclosure;

/** Whether small counts are suppressed (public) or everything is shown (internal). */
public enum DisclosureMode {

	PUBLIC, INTERNAL;

	public static DisclosureMode parse(String text) {
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "public", "offentlig" -> PUBLIC;
			case "internal", "intern", "internt" -> INTERNAL;
			default -> throw new IllegalArgumentException("Unknown disclosure mode '" + text + "': use public or internal");
		};
	}

}
