package no.kostrabatch.input;

/**
 * One line of an 11F file cut into fields by its layout. Holds personal identifiers: it never
 * leaves the input and validation steps, and its {@code toString} shows no field values.
 *
 * @param layout the layout the line was cut with
 * @param lineNumber the physical line number in the file (1-based)
 * @param line the line without its line break
 */
public record ElevenFRecord(ElevenFLayout layout, long lineNumber, String line) {

	/** The field exactly as it stands in the line; empty when the layout has no such field. */
	public String raw(ElevenFField field) {
		if (!this.layout.has(field)) {
			return "";
		}
		ElevenFLayout.Span span = this.layout.span(field);
		int from = Math.min(span.from() - 1, this.line.length());
		int to = Math.min(span.to(), this.line.length());
		return this.line.substring(from, to);
	}

	/** The field trimmed. */
	public String value(ElevenFField field) {
		return raw(field).trim();
	}

	public boolean isBlank(ElevenFField field) {
		return value(field).isEmpty();
	}

	/** An integer field; blank or non-numeric counts as 0, as in SSB's business rules. */
	public long amount(ElevenFField field) {
		String text = value(field);
		try {
			return text.isEmpty() ? 0 : Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@Override
	public String toString() {
		return "ElevenFRecord[layout=" + this.layout.year() + ", line=" + this.lineNumber + "]";
	}

}
