package no.kostrabatch.input;

import java.util.Arrays;

/**
 * Builds one fixed-width 11F line: each value at its field's positions in the layout, blanks
 * elsewhere. The one place an 11F line is put together (the CSV → 11F export, the sample data and
 * the tests' records all use it).
 */
public final class ElevenFLineWriter {

	private final ElevenFLayout layout;

	private final char[] chars;

	public ElevenFLineWriter(ElevenFLayout layout) {
		this.layout = layout;
		this.chars = new char[layout.length()];
		Arrays.fill(this.chars, ' ');
	}

	/** The number of characters the field holds. */
	public int width(ElevenFField field) {
		return this.layout.span(field).size();
	}

	/** Whether the layout has the field. */
	public boolean has(ElevenFField field) {
		return this.layout.has(field);
	}

	/** Left-aligned text in the field, replacing what it held. */
	public ElevenFLineWriter put(ElevenFField field, String value) {
		return place(field, value, false);
	}

	/** Left-aligned text in the field, cut to its width. */
	public ElevenFLineWriter putCut(ElevenFField field, String value) {
		int width = width(field);
		return put(field, (value.length() > width) ? value.substring(0, width) : value);
	}

	/** Right-aligned text in the field (a number), replacing what it held. */
	public ElevenFLineWriter putRight(ElevenFField field, String value) {
		return place(field, value, true);
	}

	private ElevenFLineWriter place(ElevenFField field, String value, boolean right) {
		ElevenFLayout.Span span = this.layout.span(field);
		if (value.length() > span.size()) {
			throw new IllegalArgumentException(field + " holds " + span.size() + " characters, not " + value.length());
		}
		Arrays.fill(this.chars, span.from() - 1, span.to(), ' ');
		int offset = right ? span.size() - value.length() : 0;
		value.getChars(0, value.length(), this.chars, span.from() - 1 + offset);
		return this;
	}

	/** The line, without its line break. */
	@Override
	public String toString() {
		return new String(this.chars);
	}

}
