package no.kostrabatch.input.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text files whatever their encoding: a UTF-8 byte order mark means UTF-8; otherwise the file
 * is UTF-8 if all of it decodes as UTF-8 (checked in one streaming pass), else Windows-1252 (which
 * reads ISO-8859-1 text the same). The first line break tells CRLF from LF.
 */
public final class TextFiles {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextFiles() {
	}

	/**
	 * The detected encoding of a file.
	 * @param charset UTF-8 or Windows-1252
	 * @param bom whether the file starts with a UTF-8 byte order mark
	 * @param lineBreak "CRLF" or "LF" (the first line break; "LF" when there is none)
	 */
	public record Encoding(Charset charset, boolean bom, String lineBreak) {

		public Encoding(Charset charset, boolean bom) {
			this(charset, bom, "LF");
		}

		/** E.g. "UTF-8 med BOM" or "Windows-1252". */
		public String describe() {
			if (this.charset.equals(StandardCharsets.UTF_8)) {
				return this.bom ? "UTF-8 med BOM" : "UTF-8";
			}
			return "Windows-1252";
		}

	}

	public static Encoding detect(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
			in.mark(65536);
			byte[] head = in.readNBytes(65536);
			in.reset();
			String lineBreak = lineBreak(head);
			if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
				return new Encoding(StandardCharsets.UTF_8, true, lineBreak);
			}
			return new Encoding(isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, false, lineBreak);
		}
	}

	private static String lineBreak(byte[] head) {
		for (int i = 0; i < head.length; i++) {
			if (head[i] == '\n') {
				return (i > 0 && head[i - 1] == '\r') ? "CRLF" : "LF";
			}
		}
		return "LF";
	}

	private static boolean isUtf8(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(65536);
		CharBuffer chars = CharBuffer.allocate(65536);
		byte[] buffer = new byte[65536];
		int read;
		while ((read = in.read(buffer, 0, bytes.remaining())) != -1) {
			bytes.put(buffer, 0, read);
			bytes.flip();
			if (decoder.decode(bytes, chars, false).isError()) {
				return false;
			}
			chars.clear();
			bytes.compact();
		}
		bytes.flip();
		try {
			return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	/** Opens a file positioned after its byte order mark, counting the bytes read. */
	public static CountingInputStream open(Path file, Encoding encoding) throws IOException {
		CountingInputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 65536));
		if (encoding.bom()) {
			in.skipNBytes(3);
		}
		return in;
	}

	/** An input stream that counts the bytes read through it. */
	public static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		public long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
