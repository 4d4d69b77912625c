package no.kostrabatch.input.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads the physical lines of a text: a line ends at LF, CRLF or a lone CR, and each line says
 * whether it had its line end, so that a file that stops in the middle of its last line can be told
 * from one that was written without a final line break.
 */
public final class PhysicalLines {

	/** One physical line, without its line end. */
	public record Line(long number, String text, boolean terminated) {
	}

	private final Reader reader;

	private final char[] buffer = new char[65536];

	private final StringBuilder line = new StringBuilder(512);

	private int position;

	private int limit;

	private long number;

	public PhysicalLines(Reader reader) {
		this.reader = reader;
	}

	/** The next line, or {@code null} at the end of the text. */
	public Line next() throws IOException {
		this.line.setLength(0);
		while (true) {
			if (this.position >= this.limit && !fill()) {
				if (this.line.length() == 0) {
					return null;
				}
				return new Line(++this.number, this.line.toString(), false);
			}
			char c = this.buffer[this.position++];
			if (c == '\n') {
				return new Line(++this.number, this.line.toString(), true);
			}
			if (c == '\r') {
				if (this.position >= this.limit) {
					fill();
				}
				if (this.position < this.limit && this.buffer[this.position] == '\n') {
					this.position++;
				}
				return new Line(++this.number, this.line.toString(), true);
			}
			this.line.append(c);
		}
	}

	/** Lines returned so far. */
	public long count() {
		return this.number;
	}

	private boolean fill() throws IOException {
		int n = this.reader.read(this.buffer, 0, this.buffer.length);
		this.position = 0;
		this.limit = Math.max(0, n);
		return n > 0;
	}

	public void close() throws IOException {
		this.reader.close();
	}

}
