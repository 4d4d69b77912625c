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

	/** The field trimmed as SSB trims it ({@link ElevenFValues#trim}). */
	public String value(ElevenFField field) {
		return ElevenFValues.trim(raw(field));
	}

	public boolean isBlank(ElevenFField field) {
		return value(field).isEmpty();
	}

	/** An integer field as SSB reads it ({@link ElevenFValues#integer}), or empty when blank or no integer. */
	public java.util.OptionalLong integer(ElevenFField field) {
		return ElevenFValues.integer(raw(field));
	}

	/** An integer field; blank or no integer counts as 0, as in SSB's business rules. */
	public long amount(ElevenFField field) {
		return integer(field).orElse(0);
	}

	/** A date field in the layout's pattern ({@link ElevenFValues#date}), or empty when it holds no date. */
	public java.util.Optional<java.time.LocalDate> date(ElevenFField field) {
		return ElevenFValues.date(raw(field), this.layout.datePattern());
	}

	@Override
	public String toString() {
		return "ElevenFRecord[layout=" + this.layout.year() + ", line=" + this.lineNumber + "]";
	}

}
