package no.kostrabatch.input;

/** An 11F line for tests, built with {@link ElevenFLineWriter}: fields at their layout positions, blanks elsewhere. */
final class ElevenFLine {

	private final ElevenFLineWriter line;

	private ElevenFLine(ElevenFLayout layout) {
		this.line = new ElevenFLineWriter(layout);
	}

	/** A blank line of the layout of {@code year}, with KOMMUNE_NR and VERSION filled. */
	static ElevenFLine of(int year, String municipality) {
		return new ElevenFLine(ElevenFLayout.forYear(year)).set(ElevenFField.KOMMUNE_NR, municipality)
			.set(ElevenFField.VERSION, String.format("%02d", year % 100));
	}

	/** Left-aligned text in the field. */
	ElevenFLine set(ElevenFField field, String value) {
		this.line.put(field, value);
		return this;
	}

	/** A number right-aligned with leading zeros, as SSB's files carry amounts. */
	ElevenFLine amount(ElevenFField field, long value) {
		return set(field, String.format("%0" + this.line.width(field) + "d", value));
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
		return this.line.toString();
	}

}
