package no.kostrabatch.input;

import java.util.Arrays;

/** Builds an 11F line for tests: fields placed at their layout positions, blanks elsewhere. */
final class ElevenFLine {

	private final ElevenFLayout layout;

	private final char[] chars;

	private ElevenFLine(ElevenFLayout layout) {
		this.layout = layout;
		this.chars = new char[layout.length()];
		Arrays.fill(this.chars, ' ');
	}

	/** A blank line of the layout of {@code year}, with KOMMUNE_NR and VERSION filled. */
	static ElevenFLine of(int year, String municipality) {
		return new ElevenFLine(ElevenFLayout.forYear(year)).set(ElevenFField.KOMMUNE_NR, municipality)
			.set(ElevenFField.VERSION, String.format("%02d", year % 100));
	}

	/** Left-aligned text in the field. */
	ElevenFLine set(ElevenFField field, String value) {
		ElevenFLayout.Span span = this.layout.span(field);
		if (value.length() > span.size()) {
			throw new IllegalArgumentException(field + " holds " + span.size() + " characters");
		}
		Arrays.fill(this.chars, span.from() - 1, span.to(), ' ');
		value.getChars(0, value.length(), this.chars, span.from() - 1);
		return this;
	}

	/** A number right-aligned with leading zeros, as SSB's files carry amounts. */
	ElevenFLine amount(ElevenFField field, long value) {
		return set(field, String.format("%0" + this.layout.span(field).size() + "d", value));
	}

	/** Ticks the support months (STMND_n holds the month, "03" for March). */
	ElevenFLine months(int... months) {
		for (int month : months) {
			set(ElevenFField.supportMonth(month), String.format("%02d", month));
		}
		return this;
	}

	@Override
	public String toString() {
		return new String(this.chars);
	}

}
