package no.kostrabatch.statistics.internal;

/** A range of whole numbers as the catalogue writes it: {@code 20-24}, {@code 67+} or {@code 12}. */
public final class Ranges {

	private Ranges() {
	}

	/**
	 * The range {@code [low, high]} ({@code high} is {@link Long#MAX_VALUE} for {@code 67+}).
	 * @throws IllegalArgumentException when the text is not such a range
	 */
	public static long[] of(String text) {
		try {
			if (text.endsWith("+")) {
				return new long[] { Long.parseLong(text.substring(0, text.length() - 1)), Long.MAX_VALUE };
			}
			int dash = text.indexOf('-', 1);
			if (dash > 0) {
				return new long[] { Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)) };
			}
			long value = Long.parseLong(text);
			return new long[] { value, value };
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a range such as 20-24, 67+ or 12");
		}
	}

}
